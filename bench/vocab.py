"""A small engineering vocabulary, so generated ADRs read (and search) like real ones.

Word frequencies matter for the search rows: each ADR has a topic technology
drawn with a skewed distribution, so a query for a common term (``postgresql``)
hits many documents and a rare one (``cassandra``) few, as in a real decision log.
"""

from __future__ import annotations

import random


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


TECHNOLOGIES = _words(
    "postgresql kafka redis kubernetes terraform graphql grpc rabbitmq elasticsearch "
    "opentelemetry prometheus grafana docker helm vault nginx envoy istio dynamodb s3 "
    "cloudfront lambda react typescript python golang rust java kotlin spring django fastapi "
    "celery airflow spark flink snowflake bigquery mongodb cassandra sqlite mysql memcached "
    "consul etcd jaeger sentry datadog okta keycloak oauth2 openapi protobuf avro parquet "
    "webassembly htmx svelte"
)
"""Ordered from most to least frequent (see :func:`pick_technology`)."""

NOUNS = _words(
    "service module boundary contract schema migration deployment pipeline queue topic cache "
    "index gateway proxy client server library framework database table column endpoint "
    "interface adapter repository workflow scheduler worker job event message payload request "
    "response session token credential secret certificate tenant account invoice order payment "
    "customer catalogue inventory shipment report dashboard alert metric trace log audit policy "
    "role permission release branch build artifact image cluster node region zone replica "
    "partition shard backup snapshot latency throughput budget deadline team owner runbook "
    "incident outage dependency version feature flag experiment rollout rollback configuration "
    "environment staging production test fixture benchmark"
)

VERBS = _words(
    "adopt replace deprecate introduce standardise migrate split merge retire extract "
    "consolidate encrypt cache version document monitor automate isolate partition replicate "
    "validate publish consume schedule throttle retry audit rotate generate serialise"
)

ADJECTIVES = _words(
    "asynchronous synchronous idempotent immutable stateless stateful eventual strong "
    "distributed centralised managed self-hosted internal external public private shared "
    "dedicated legacy modern lightweight resilient observable secure compliant portable "
    "reproducible typed versioned backward-compatible cost-effective horizontal vertical "
    "regional"
)

FILLER = _words(
    "the a our each every this that because when while so which and or but with without for "
    "into across between before after during under over per all most some no"
)

PEOPLE = (
    ("Grace Lee", "grace@example.com", "+01:00"),
    ("Ravi Patel", "ravi@example.com", "+05:30"),
    ("Ana Souza", "ana@example.com", "-03:00"),
    ("Tom Becker", "tom@example.com", "+02:00"),
    ("Mei Chen", "mei@example.com", "+08:00"),
    ("Olu Adeyemi", "olu@example.com", "+00:00"),
    ("Sara Novak", "sara@example.com", "-05:00"),
    ("Jonas Berg", "jonas@example.com", "+01:00"),
)
"""Authors with their home UTC offsets: dates are fixed, zones vary like a real team's."""

TAGS = _words(
    "security data infrastructure frontend backend api observability performance cost "
    "compliance testing process messaging storage"
)


def plural(word: str) -> str:
    """English plural (or third-person verb) of a vocabulary word."""
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch", "x")):
        return word + "es"
    return word + "s"


def pick_technology(rng: random.Random) -> str:
    """A technology name with a Zipf-like skew (early names are far more common)."""
    # Log-uniform index: rank r has weight ~1/(r+1), the top term ~25x the median one.
    index = int(len(TECHNOLOGIES) ** rng.random()) - 1
    return TECHNOLOGIES[max(0, min(index, len(TECHNOLOGIES) - 1))]


def sentence(rng: random.Random, topic: str = "", words: int | None = None) -> str:
    """One plausible-looking sentence of engineering prose, mostly about ``topic``.

    Technology slots name the topic four times in five, else any technology
    uniformly, so a term's document frequency follows the topics' skew.
    """
    count = words or rng.randint(9, 22)
    parts: list[str] = []
    for i in range(count):
        roll = rng.random()
        if roll < 0.30:
            parts.append(rng.choice(FILLER))
        elif roll < 0.62:
            parts.append(rng.choice(NOUNS))
        elif roll < 0.74:
            verb = rng.choice(VERBS)
            parts.append(plural(verb) if i % 3 == 0 else verb)
        elif roll < 0.94:
            parts.append(rng.choice(ADJECTIVES))
        elif topic and rng.random() < 0.8:
            parts.append(topic)
        else:
            parts.append(rng.choice(TECHNOLOGIES))
    text = " ".join(parts)
    return text[0].upper() + text[1:] + "."


def paragraph(rng: random.Random, topic: str = "", sentences: int | None = None) -> str:
    """A paragraph of 2-5 sentences."""
    return " ".join(sentence(rng, topic) for _ in range(sentences or rng.randint(2, 5)))


def title(rng: random.Random, topic: str) -> str:
    """A decision title such as ``Adopt kafka for asynchronous order events``."""
    verb = rng.choice(VERBS).capitalize()
    tech = topic
    shape = rng.randrange(4)
    if shape == 0:
        things = plural(rng.choice(NOUNS))
        return f"{verb} {tech} for {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} {things}"
    if shape == 1:
        return f"{verb} the {rng.choice(NOUNS)} {rng.choice(NOUNS)} with {tech}"
    if shape == 2:
        return f"Use {tech} as the {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"
    return f"{verb} {rng.choice(ADJECTIVES)} {plural(rng.choice(NOUNS))} behind {tech}"


def slug(text: str) -> str:
    """File-name slug of a title, as adr-tools writes it."""
    cleaned = "".join(c if c.isalnum() else "-" for c in text.lower())
    return "-".join(part for part in cleaned.split("-") if part)
