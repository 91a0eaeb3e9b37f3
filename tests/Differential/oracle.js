// Test-time oracle: runs a request corpus through @cloud-copilot/iam-simulate (AGPL; installed with npm ci
// into this folder for tests and benchmarks only, never shipped).
//   node oracle.js <corpus.json> <results.json>        one decision per case
//   node oracle.js <corpus.json> --bench <seconds>      decisions per second of runUnsafeSimulation
'use strict';
const fs = require('fs');
const path = require('path');
const { runUnsafeSimulation } = require('@cloud-copilot/iam-simulate');
const { loadPolicy } = require('@cloud-copilot/iam-policy');

// runUnsafeSimulation loads a resource policy without a name and then fails reading it
// ("Cannot read properties of undefined (reading 'name')"). For cases with a resource policy we make the
// same calls it makes, naming the policy. Paths below the package's exports are read by file name.
const dist = path.dirname(require.resolve('@cloud-copilot/iam-simulate'));
const { authorize } = require(path.join(dist, 'core_engine', 'CoreSimulatorEngine.js'));
const { DiscoveryContextKeyConstraints } = require(path.join(dist, 'context_keys', 'discoveryContextKeyConstraints.js'));
const { AwsRequestImpl } = require(path.join(dist, 'request', 'request.js'));
const { RequestContextImpl } = require(path.join(dist, 'requestContext.js'));

function runWithNamedResourcePolicy(simulation) {
  const load = (p) => loadPolicy(p.policy, { name: p.name });
  const orgLevels = (levels) => levels.map((level) => ({ orgIdentifier: level.orgIdentifier, policies: level.policies.map(load) }));
  const request = new AwsRequestImpl(
    simulation.request.principal,
    { resource: simulation.request.resource.resource, accountId: simulation.request.resource.accountId },
    simulation.request.action,
    new RequestContextImpl(simulation.request.contextVariables));
  return authorize({
    request,
    sessionPolicy: undefined,
    identityPolicies: simulation.identityPolicies.map(load),
    serviceControlPolicies: orgLevels(simulation.serviceControlPolicies),
    resourceControlPolicies: orgLevels(simulation.resourceControlPolicies),
    resourcePolicy: loadPolicy(simulation.resourcePolicy, { name: 'resource-policy' }),
    permissionBoundaries: simulation.permissionBoundaryPolicies ? simulation.permissionBoundaryPolicies.map(load) : undefined,
    vpcEndpointPolicies: undefined,
    simulationParameters: { simulationMode: 'Strict', discoveryContextKeyConstraints: new DiscoveryContextKeyConstraints([]) },
    serviceSettings: { s3: { blockPublicAccess: undefined } },
  }).result;
}

const decisions = { Allowed: 'Allowed', ExplicitlyDenied: 'ExplicitDeny', ImplicitlyDenied: 'ImplicitDeny' };

function simulation(c) {
  return {
    identityPolicies: c.Identity.map((text, i) => ({ name: `identity-${i}`, policy: JSON.parse(text) })),
    permissionBoundaryPolicies: c.Boundary ? c.Boundary.map((text, i) => ({ name: `boundary-${i}`, policy: JSON.parse(text) })) : undefined,
    serviceControlPolicies: c.Scp.map((level) => ({
      orgIdentifier: level.Target,
      policies: level.Policies.map((text, i) => ({ name: `${level.Target}-${i}`, policy: JSON.parse(text) })),
    })),
    resourceControlPolicies: [],
    resourcePolicy: c.ResourcePolicy ? JSON.parse(c.ResourcePolicy) : undefined,
    request: {
      principal: c.Principal,
      action: c.Action,
      resource: { resource: c.Resource, accountId: c.ResourceAccount },
      contextVariables: c.Context,
    },
  };
}

function decide(sim) {
  const result = sim.resourcePolicy ? runWithNamedResourcePolicy(sim) : runUnsafeSimulation(sim, {});
  return decisions[result] || `Unknown:${result}`;
}

const corpus = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
if (process.argv[3] === '--bench') {
  const seconds = Number(process.argv[4] || '5');
  const sims = corpus.map(simulation);
  for (let i = 0; i < 3000; i++) decide(sims[i % sims.length]);
  let count = 0;
  const start = process.hrtime.bigint();
  const limit = BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() - start < limit) {
    for (let i = 0; i < sims.length && i < 1000; i++) decide(sims[(count + i) % sims.length]);
    count += Math.min(sims.length, 1000);
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  process.stdout.write(JSON.stringify({ decisions: count, seconds: elapsed, perSecond: count / elapsed }) + '\n');
} else {
  const results = corpus.map((c) => {
    try {
      return { Id: c.Id, Decision: decide(simulation(c)) };
    } catch (error) {
      return { Id: c.Id, Decision: 'Error', Error: String(error && error.message || error) };
    }
  });
  fs.writeFileSync(process.argv[3], JSON.stringify(results));
}
