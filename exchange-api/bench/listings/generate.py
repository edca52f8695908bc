#!/usr/bin/env python3
"""Generates the listings benchmark data (deterministic, seed 4).

  generate.py OUT_DIR [SIZE_MB] [SUBJECTS]

Writes into OUT_DIR:
  asset.csv              ~SIZE_MB of rows: subject_key, mobile, city, amount, visited_on, note
  manifest.json          the validator CLI's manifest (personal data: CONTACT, keyed by subject_key)
  listing-manifest.json  the same manifest in the exchange's listing API shape
  consents-cli.jsonl     every subject's consent, in the validator CLI's ConsentRecord shape
  consents-api.jsonl     the same consents in the exchange's import shape (POST /api/v1/consents)

Subject keys are precomputed (64 characters of a-f only, uniformly distributed like HMAC output,
so no digit run in them can look like an identifier), which lets the CLI and the exchange match the same consents without sharing a
seller secret.
"""
import hashlib
import json
import os
import random
import sys

out = sys.argv[1]
size = int(sys.argv[2]) if len(sys.argv) > 2 else 1024
subjects = int(sys.argv[3]) if len(sys.argv) > 3 else 500_000
os.makedirs(out, exist_ok=True)
rnd = random.Random(4)
LETTERS = "abcdef"


def key(i):
    # Uniform like a real HMAC key (the validator de-duplicates subjects on bits of the key), letters only.
    digest = hashlib.sha512(b"subject-%d" % i).digest()
    return "".join(LETTERS[b % 6] for b in digest)


keys = [key(i * 7919 + 11) for i in range(subjects)]
cities = ["Futian", "Nanshan", "Luohu", "Baoan", "Longgang", "Longhua", "Yantian", "Guangming"]
notes = ["repeat visit", "new customer", "weekend", "promotion", "online order", "store pickup"]
target = size * 1024 * 1024
with open(os.path.join(out, "asset.csv"), "w", buffering=1 << 20) as f:
    f.write("subject_key,mobile,city,amount,visited_on,note\n")
    written = 0
    rows = []
    while written < target:
        for _ in range(10_000):
            k = keys[rnd.randrange(subjects)]
            mobile = "1" + rnd.choice("3456789") + "%09d" % rnd.randrange(10 ** 9)
            line = "%s,%s,%s,%d.%02d,2026-%02d-%02d,%s\n" % (k, mobile, rnd.choice(cities), rnd.randrange(10000),
                                                           rnd.randrange(100), rnd.randrange(1, 13), rnd.randrange(1, 29),
                                                           rnd.choice(notes))
            rows.append(line)
        chunk = "".join(rows)
        rows.clear()
        f.write(chunk)
        written += len(chunk)

manifest = {
    "listingId": "bench",
    "personalDataPresent": True,
    "personalDataCategories": ["CONTACT"],
    "subjectColumn": {"name": "subject_key", "form": "PRECOMPUTED_KEY", "identifierKind": "OTHER"},
    "purposes": ["MARKETING"],
    "sources": [{"kind": "OWN_COLLECTION"}],
}
with open(os.path.join(out, "manifest.json"), "w") as f:
    json.dump(manifest, f)
api_manifest = {k: v for k, v in manifest.items() if k != "listingId"}
with open(os.path.join(out, "listing-manifest.json"), "w") as f:
    json.dump(api_manifest, f)

with open(os.path.join(out, "consents-cli.jsonl"), "w", buffering=1 << 20) as cli, \
        open(os.path.join(out, "consents-api.jsonl"), "w", buffering=1 << 20) as api:
    for i, k in enumerate(keys):
        receipt = "%064x" % (i + 1)
        cli.write('{"subjectKey":"%s","purposes":["MARKETING"],"categories":["CONTACT"],"thirdPartyProvision":true,'
                  '"express":true,"guardianConsent":false,"givenAt":"2025-01-01T00:00:00Z","noticeVersion":"v1",'
                  '"evidenceHash":"%s"}\n' % (k, receipt))
        api.write('{"subjectKey":"%s","purposes":["MARKETING"],"dataCategories":["CONTACT"],'
                  '"thirdPartyDisclosure":true,"express":true,"givenAt":"2025-01-01T00:00:00Z","noticeVersion":"v1",'
                  '"evidence":{"receiptSha256":"%s"}}\n' % (k, receipt))
print("wrote", out)
