export default defineBackground(() => {
  // The background wires extension events; later issues add the panel and reminders.
});
