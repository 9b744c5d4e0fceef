<?php
// Vocabulary of the generated wiki: plain words, a few accented and non-Latin
// ones (the converter must keep UTF-8 intact), title parts and code snippets.
declare(strict_types=1);

namespace AmcMock\Generator;

final class Words
{
    public const COMMON = [
        'the', 'a', 'service', 'deploy', 'cluster', 'request', 'latency', 'budget', 'owner', 'team',
        'release', 'branch', 'review', 'metric', 'alert', 'incident', 'runbook', 'queue', 'worker', 'cache',
        'index', 'schema', 'migration', 'rollback', 'feature', 'flag', 'customer', 'invoice', 'report', 'quarter',
        'roadmap', 'milestone', 'risk', 'dependency', 'contract', 'endpoint', 'token', 'secret', 'vault', 'policy',
        'approval', 'checklist', 'template', 'handbook', 'onboarding', 'sprint', 'backlog', 'estimate', 'capacity', 'forecast',
        'is', 'are', 'was', 'will', 'should', 'must', 'can', 'may', 'with', 'without',
        'before', 'after', 'during', 'for', 'from', 'into', 'over', 'under', 'between', 'across',
        'quickly', 'carefully', 'always', 'never', 'often', 'rarely', 'manually', 'automatically', 'safely', 'eventually',
        'new', 'old', 'stable', 'flaky', 'slow', 'fast', 'shared', 'private', 'public', 'internal',
        'we', 'they', 'it', 'this', 'that', 'every', 'each', 'some', 'most', 'few',
        'café', 'naïve', 'résumé', 'Zürich', 'São Paulo', 'façade', 'Ångström', 'coöperate', 'Straße', 'crème brûlée',
        'データ', 'サービス', 'Ελλάδα', 'Москва', '北京', 'ﬁle',
    ];

    public const ADJECTIVES = [
        'Quarterly', 'Weekly', 'Annual', 'Incident', 'Platform', 'Backend', 'Frontend', 'Mobile', 'Billing', 'Search',
        'Security', 'Onboarding', 'Release', 'Data', 'Payments', 'Identity', 'Storage', 'Network', 'Support', 'Design',
    ];

    public const NOUNS = [
        'Runbook', 'Roadmap', 'Postmortem', 'Checklist', 'Architecture', 'Handbook', 'Guidelines', 'Retrospective', 'Review', 'Overview',
        'FAQ', 'Playbook', 'Decision Log', 'Meeting Notes', 'Requirements', 'Test Plan', 'Migration Plan', 'Glossary', 'Status Report', 'Design Doc',
    ];

    public const SUFFIXES = [
        '', '', '', ' v2', ' (draft)', ' 2025', ' Q3', ' for Europe', ' — archive', ' & follow-ups',
    ];

    public const SPACES = [
        ['ENG', 'Engineering'], ['OPS', 'Operations'], ['DOCS', 'Documentation'], ['HR', 'People & Culture'],
        ['SALES', 'Sales'], ['PROD', 'Product'], ['SEC', 'Security'], ['DATA', 'Data Platform'],
        ['QA', 'Quality'], ['MKT', 'Marketing'], ['FIN', 'Finance'], ['LEGAL', 'Legal'],
    ];

    public const LANGUAGES = ['php', 'bash', 'sql', 'json', 'yaml', 'python', 'java', 'js', 'go', 'text'];

    public const CODE_LINES = [
        'if ($limit > 100) { $limit = 100; }',
        'SELECT id, title FROM pages WHERE space_key = \'ENG\' AND version > 3;',
        'curl -H "Authorization: Bearer $TOKEN" "$BASE/wiki/rest/api/content?limit=25"',
        'for i in $(seq 1 10); do echo "retry $i" && sleep 1; done',
        'const total = items.reduce((a, b) => a + b.size, 0);',
        'if (a < b && b > c) { return a & b; }',
        'kubectl rollout undo deployment/api --to-revision=42',
        'echo "<p>not markup, just text</p>" | tee out.html',
        'def retry(fn, attempts=3):',
        '    return fn() if attempts <= 1 else retry(fn, attempts - 1)',
        'key: "value with &amp; and <angle> brackets"',
        'map.put("€", 0x20AC); // non-ASCII in code',
        'String s = "tab\there";',
        '{"id": "65601", "status": "current", "_links": {"next": null}}',
    ];

    public const ENTITIES = [
        '&nbsp;', '&rsquo;', '&lsquo;', '&mdash;', '&ndash;', '&hellip;', '&ldquo;', '&rdquo;', '&amp;', '&lt;',
        '&gt;', '&quot;', '&copy;', '&reg;', '&trade;', '&times;', '&rarr;', '&larr;', '&eacute;', '&uuml;',
        '&euro;', '&pound;', '&deg;', '&plusmn;', '&frac12;', '&middot;', '&bull;', '&sect;', '&#169;', '&#x2192;',
    ];

    public const EMOTICONS = ['smile', 'sad', 'cheeky', 'laugh', 'wink', 'thumbs-up', 'thumbs-down', 'information', 'tick', 'cross', 'warning'];
}
