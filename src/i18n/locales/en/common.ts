export default {
  appName: 'OTRS Console',
  cancel: 'Cancel',
  choose: 'Choose…',
  close: 'Close',
  loading: 'Loading…',
  refresh: 'Refresh',
  retry: 'Try again',
  save: 'Save',
}
