import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding, RuleMeta } from '../check/types.js';
import type { FileResult } from '../pipeline.js';
import { buildSarif, fileUri, formatSarif } from './sarif.js';

const rules: RuleMeta[] = [
  {
    id: 'B1-balance',
    severity: 'inconsistency',
    description: { 'zh-CN': '本年新收加上年结转等于办理结果总计加结转下年度', en: 'new plus carried over equals processed plus carried forward' },
    spec: 'format-spec §4.1 ARITH-B1',
    formats: ['2021', '2019'],
    messages: { unbalanced: { 'zh-CN': '不平衡', en: 'unbalanced' } },
  },
  {
    id: 'date-deadline',
    severity: 'error',
    description: { 'zh-CN': '发布日期晚于期限', en: 'published after the deadline' },
    spec: 'format-spec §4.5 DATE-2',
    formats: ['2021'],
    messages: { late: { 'zh-CN': '晚了', en: 'late' } },
    needsPrevious: false,
  },
];

const late: Finding = {
  ruleId: 'date-deadline',
  severity: 'error',
  messageId: 'late',
  message: '落款日期 2025-02-05 晚于 01-31',
  location: { line: 88, column: 5, endLine: 88, endColumn: 15, key: 'meta.publishedDate' },
  expected: '2025-01-31',
  actual: '2025-02-05',
};
const unbalanced: Finding = {
  ruleId: 'B1-balance',
  severity: 'inconsistency',
  messageId: 'unbalanced',
  message: '总计列不平衡',
  location: { tableName: '三', table: 2, row: 4, cell: 9, key: 'requests.newReceived.total' },
  cells: [
    { key: 'requests.newReceived.total', value: 3, side: 'lhs', loc: { line: 40, column: 30 } },
    { key: 'requests.carriedForward.total', value: null, side: 'rhs' },
  ],
  expected: 3,
  actual: 0,
};
const note: Finding = {
  ruleId: 'not-in-meta',
  severity: 'info',
  messageId: 'x',
  message: '提示',
  location: {},
};

const results: FileResult[] = [
  { file: '报告/青禾 2024.txt', findings: [late, unbalanced, note] },
  { file: 'ok.txt', findings: [] },
  { file: 'bad.bin', error: { code: 'unsupported-type', message: '无法识别的二进制文件' } },
];

const log = buildSarif(results, { rules, toolVersion: '0.1.0' });

// Property names allowed by the SARIF 2.1.0 schema (additionalProperties: false) for the objects we write.
const ALLOWED = {
  sarifLog: ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties'],
  run: ['tool', 'invocations', 'conversion', 'language', 'versionControlProvenance', 'originalUriBaseIds', 'artifacts',
    'logicalLocations', 'graphs', 'results', 'automationDetails', 'runAggregates', 'baselineGuid', 'redactionTokens',
    'defaultEncoding', 'defaultSourceLanguage', 'newlineSequences', 'columnKind', 'externalPropertyFileReferences',
    'threadFlowLocations', 'taxonomies', 'addresses', 'translations', 'policies', 'webRequests', 'webResponses',
    'specialLocations', 'properties'],
  reportingDescriptor: ['id', 'deprecatedIds', 'guid', 'deprecatedGuids', 'name', 'deprecatedNames', 'shortDescription',
    'fullDescription', 'messageStrings', 'defaultConfiguration', 'helpUri', 'help', 'relationships', 'properties'],
  result: ['ruleId', 'ruleIndex', 'rule', 'kind', 'level', 'message', 'analysisTarget', 'locations', 'guid',
    'correlationGuid', 'occurrenceCount', 'partialFingerprints', 'fingerprints', 'stacks', 'codeFlows', 'graphs',
    'graphTraversals', 'relatedLocations', 'suppressions', 'baselineState', 'rank', 'attachments', 'hostedViewerUri',
    'workItemUris', 'provenance', 'fixes', 'taxa', 'webRequest', 'webResponse', 'properties'],
  location: ['id', 'physicalLocation', 'logicalLocations', 'message', 'annotations', 'relationships', 'properties'],
  physicalLocation: ['address', 'artifactLocation', 'region', 'contextRegion', 'properties'],
  region: ['startLine', 'startColumn', 'endLine', 'endColumn', 'charOffset', 'charLength', 'byteOffset', 'byteLength',
    'snippet', 'message', 'sourceLanguage', 'properties'],
  logicalLocation: ['name', 'index', 'fullyQualifiedName', 'decoratedName', 'parentIndex', 'kind', 'properties'],
  invocation: ['commandLine', 'arguments', 'responseFiles', 'startTimeUtc', 'endTimeUtc', 'exitCode',
    'ruleConfigurationOverrides', 'notificationConfigurationOverrides', 'toolExecutionNotifications',
    'toolConfigurationNotifications', 'exitCodeDescription', 'exitSignalName', 'exitSignalNumber',
    'processStartFailureMessage', 'executionSuccessful', 'machine', 'account', 'processId', 'executableLocation',
    'workingDirectory', 'environmentVariables', 'stdin', 'stdout', 'stderr', 'stdoutStderr', 'properties'],
  notification: ['locations', 'message', 'level', 'threadId', 'timeUtc', 'exception', 'descriptor', 'associatedRule', 'properties'],
};
const LEVELS = ['none', 'note', 'warning', 'error'];

function onlyAllowed(object: object, kind: keyof typeof ALLOWED): void {
  for (const key of Object.keys(object)) assert.ok(ALLOWED[kind].includes(key), `${kind} may not have ${key}`);
}

function checkLocation(location: Record<string, unknown>): void {
  onlyAllowed(location, 'location');
  const physical = location.physicalLocation as Record<string, unknown> | undefined;
  if (physical) {
    onlyAllowed(physical, 'physicalLocation');
    // physicalLocation: anyOf required address | artifactLocation
    const artifact = physical.artifactLocation as { uri: unknown };
    assert.equal(typeof artifact.uri, 'string');
    const region = physical.region as Record<string, number> | undefined;
    if (region) {
      onlyAllowed(region, 'region');
      // region: anyOf required startLine | charOffset | byteOffset; lines and columns are integers ≥ 1
      assert.ok(Number.isInteger(region.startLine) && region.startLine! >= 1);
      for (const name of ['startColumn', 'endLine', 'endColumn']) {
        if (region[name] !== undefined) assert.ok(Number.isInteger(region[name]) && region[name]! >= 1);
      }
    }
  }
  for (const logical of (location.logicalLocations as object[] | undefined) ?? []) onlyAllowed(logical, 'logicalLocation');
}

test('sarif: the required properties of SARIF 2.1.0 and nothing the schema forbids', () => {
  // sarifLog requires version ("2.1.0") and runs.
  onlyAllowed(log, 'sarifLog');
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1);
  const run = log.runs[0]!;
  // run requires tool; tool requires driver; toolComponent requires name.
  onlyAllowed(run, 'run');
  assert.equal(run.tool.driver.name, 'gongkai');
  assert.deepEqual(Object.keys(run.tool), ['driver']);
  assert.match(run.language, /^[a-zA-Z]{2}(-[a-zA-Z]{2})?$/);
  // reportingDescriptor requires id; multiformatMessageString requires text.
  for (const rule of run.tool.driver.rules) {
    onlyAllowed(rule, 'reportingDescriptor');
    assert.equal(typeof rule.id, 'string');
    assert.equal(typeof rule.shortDescription.text, 'string');
    assert.equal(typeof rule.fullDescription.text, 'string');
    assert.ok(LEVELS.includes(rule.defaultConfiguration.level));
  }
  // result requires message, and message requires text or id.
  for (const result of run.results) {
    onlyAllowed(result, 'result');
    assert.equal(typeof result.message.text, 'string');
    assert.ok(LEVELS.includes(result.level));
    if (result.ruleIndex !== undefined) assert.equal(run.tool.driver.rules[result.ruleIndex]!.id, result.ruleId);
    for (const location of [...result.locations, ...(result.relatedLocations ?? [])]) checkLocation(location as never);
  }
  // invocation requires executionSuccessful; notification requires message.
  for (const invocation of run.invocations) {
    onlyAllowed(invocation, 'invocation');
    assert.equal(typeof invocation.executionSuccessful, 'boolean');
    for (const notification of invocation.toolExecutionNotifications) {
      onlyAllowed(notification, 'notification');
      assert.equal(typeof notification.message.text, 'string');
      for (const location of notification.locations) checkLocation(location as never);
    }
  }
});

test('sarif: rules from the rule metadata', () => {
  const [balance, deadline] = log.runs[0]!.tool.driver.rules;
  assert.deepEqual(balance, {
    id: 'B1-balance',
    shortDescription: { text: '本年新收加上年结转等于办理结果总计加结转下年度' },
    fullDescription: { text: '本年新收加上年结转等于办理结果总计加结转下年度（format-spec §4.1 ARITH-B1）' },
    defaultConfiguration: { level: 'error' },
    properties: { severity: 'inconsistency', spec: 'format-spec §4.1 ARITH-B1', formats: ['2021', '2019'] },
  });
  assert.equal(deadline!.defaultConfiguration.level, 'error');
  const english = buildSarif(results, { rules, toolVersion: '0.1.0', locale: 'en' });
  assert.equal(english.runs[0]!.tool.driver.rules[1]!.shortDescription.text, 'published after the deadline');
  assert.equal(english.runs[0]!.language, 'en');
});

test('sarif: results with region, logical location, related cells and levels', () => {
  const [first, second, third] = log.runs[0]!.results;
  assert.deepEqual(first, {
    ruleId: 'date-deadline',
    ruleIndex: 1,
    level: 'error',
    message: { text: '落款日期 2025-02-05 晚于 01-31' },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: '%E6%8A%A5%E5%91%8A/%E9%9D%92%E7%A6%BE%202024.txt' },
          region: { startLine: 88, startColumn: 5, endLine: 88, endColumn: 16 },
        },
        logicalLocations: [{ name: 'publishedDate', fullyQualifiedName: 'meta.publishedDate', kind: 'property' }],
      },
    ],
    properties: { severity: 'error', messageId: 'late', expected: '2025-01-31', actual: '2025-02-05' },
  });
  // A table cell has no line: no region, the grid position in properties, the key as logical location.
  assert.equal(second!.level, 'error');
  assert.equal(second!.ruleIndex, 0);
  assert.deepEqual(second!.locations[0]!.physicalLocation.properties, { table: 2, row: 4, cell: 9, tableName: '三' });
  assert.equal(second!.locations[0]!.physicalLocation.region, undefined);
  assert.deepEqual(second!.relatedLocations, [
    {
      id: 0,
      physicalLocation: {
        artifactLocation: { uri: '%E6%8A%A5%E5%91%8A/%E9%9D%92%E7%A6%BE%202024.txt' },
        region: { startLine: 40, startColumn: 30 },
      },
      logicalLocations: [{ name: 'total', fullyQualifiedName: 'requests.newReceived.total', kind: 'property' }],
      message: { text: 'requests.newReceived.total' },
    },
  ]);
  assert.deepEqual(second!.properties.cells, [
    { key: 'requests.newReceived.total', value: 3, side: 'lhs' },
    { key: 'requests.carriedForward.total', value: null, side: 'rhs' },
  ]);
  // info is a note; a rule missing from the metadata has no ruleIndex.
  assert.equal(third!.level, 'note');
  assert.equal('ruleIndex' in third!, false);
});

test('sarif: unreadable files are failed-execution notifications', () => {
  const invocation = log.runs[0]!.invocations[0]!;
  assert.equal(invocation.executionSuccessful, false);
  assert.deepEqual(invocation.toolExecutionNotifications, [
    {
      level: 'error',
      message: { text: '无法识别的二进制文件' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'bad.bin' } } }],
    },
  ]);
  const clean = buildSarif([{ file: 'ok.txt', findings: [] }], { rules, toolVersion: '0.1.0' });
  assert.equal(clean.runs[0]!.invocations[0]!.executionSuccessful, true);
  assert.deepEqual(clean.runs[0]!.results, []);
});

test('sarif text is the log as two-space JSON', () => {
  const text = formatSarif(results, { rules, toolVersion: '0.1.0' });
  assert.deepEqual(JSON.parse(text), log);
  assert.ok(text.startsWith('{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",'));
});

test('file URIs: relative paths percent-encoded per segment, absolute paths as file URLs', () => {
  assert.equal(fileUri('a/b c#1.txt'), 'a/b%20c%231.txt');
  assert.equal(fileUri('../x.txt'), '../x.txt');
  assert.equal(fileUri('/tmp/报告.txt'), 'file:///tmp/%E6%8A%A5%E5%91%8A.txt');
});
