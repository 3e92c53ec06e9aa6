export default {
  description: 'This page does not exist. It may have been moved, or the link is wrong.',
  home: 'Go to the dashboard',
  title: 'Page not found',
}
