export default {
  picker: {
    change: 'Change',
    create: '+ New customer user…',
    noMatch: 'No customer user matches “{term}”.',
    placeholder: 'Name, login, e-mail or company',
    results: 'Matching customer users',
    searching: 'Searching…',
  },
}
