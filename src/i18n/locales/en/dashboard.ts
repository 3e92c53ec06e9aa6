export default {
  greeting: 'Welcome back, {name}. Here is what needs you now.',
  noViews: 'No ticket views',
  noViewsHint: 'The server offered no ticket views for your account. Ask your administrator to check your permissions.',
  title: 'Dashboard',
  views: 'Ticket views',
}
