// Prints iam-simulate's full analysis for cases saved by the differential test:
//   node explain.js <cases.json> <case id>
'use strict';
const fs = require('fs');
const cases = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const wanted = cases.find((c) => String(c.Id) === process.argv[3]);
const { runSimulation } = require('@cloud-copilot/iam-simulate');
const sim = {
  identityPolicies: wanted.Identity.map((t, i) => ({ name: `identity-${i}`, policy: JSON.parse(t) })),
  permissionBoundaryPolicies: wanted.Boundary ? wanted.Boundary.map((t, i) => ({ name: `boundary-${i}`, policy: JSON.parse(t) })) : undefined,
  serviceControlPolicies: wanted.Scp.map((l) => ({ orgIdentifier: l.Target, policies: l.Policies.map((t, i) => ({ name: `${l.Target}-${i}`, policy: JSON.parse(t) })) })),
  resourceControlPolicies: [],
  resourcePolicy: wanted.ResourcePolicy ? JSON.parse(wanted.ResourcePolicy) : undefined,
  request: { principal: wanted.Principal, action: wanted.Action, resource: { resource: wanted.Resource, accountId: wanted.ResourceAccount }, contextVariables: wanted.Context },
};
runSimulation(sim, {}).then((r) => console.log(JSON.stringify(r, (k, v) => (k === 'statement' ? undefined : v), 1)));
