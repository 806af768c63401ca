/** Playbook phrase patterns live with the model, which matches them; re-exported for the schema and editor. */
export * from '../model/team-pattern';
