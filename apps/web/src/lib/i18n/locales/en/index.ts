// One file per area of the console, each owning its own top-level keys, so that work on one
// feature never edits another's catalogue. The catalogue check (catalogue-check.test.ts) sees the merge.
import core from './core.json';
import components from './components.json';
import vpcAuthorizations from './vpc-authorizations.json';
import ipControls from './ip-controls.json';
import backendModels from './backend-models.json';
import endpointServices from './endpoint-services.json';
import bindings from './bindings.json';
import audit from './audit.json';
import tasks from './tasks.json';
import tokens from './tokens.json';
import users from './users.json';
import grants from './grants.json';
import profiles from './profiles.json';
import demoCloud from './demo-cloud.json';
import home from './home.json';
import changes from './changes.json';
import validation from './validation.json';
import list from './list.json';
import offline from './offline.json';

export default {
  ...core,
  ...components,
  ...vpcAuthorizations,
  ...ipControls,
  ...backendModels,
  ...endpointServices,
  ...bindings,
  ...audit,
  ...tasks,
  ...tokens,
  ...users,
  ...grants,
  ...profiles,
  ...demoCloud,
  ...home,
  ...changes,
  ...validation,
  ...list,
  ...offline,
};
