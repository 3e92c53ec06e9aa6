export default {
  appName: 'OTRS Console',
  cancel: 'Cancel',
  close: 'Close',
  loading: 'Loading…',
  refresh: 'Refresh',
  retry: 'Try again',
  save: 'Save',
}
