#!/usr/bin/env python3
"""Seeds N listed products for the catalog search benchmark (deterministic, seed 7).

  seed-catalog.py OUT_DIR SELLER_ORG_ID [N]

Writes listings.csv and catalog.csv for psql's COPY (see seed-catalog.sh): LISTED listings of one
seller and their rows in catalog_entries, the read model GET /api/v1/catalog searches. Search terms
are computed like cn.sz.dataexchange.api.catalog.application.SearchTerms (lower-cased words; every
CJK character and every pair of adjacent CJK characters).
"""
import csv
import os
import random
import sys
import unicodedata
import uuid
from datetime import datetime, timedelta, timezone

out, seller = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
os.makedirs(out, exist_ok=True)
rnd = random.Random(7)
CN = ["深圳", "广州", "气象", "交通", "轨迹", "信用", "金融", "医疗", "健康", "零售", "消费", "物流", "能源", "电力",
      "人口", "教育", "旅游", "房产", "企业", "税务", "环境", "空气", "水质", "停车", "地铁", "公交", "车辆", "保险"]
EN = ["hourly", "daily", "monthly", "dataset", "index", "panel", "survey", "traffic", "weather", "credit", "risk",
      "retail", "sales", "footfall", "energy", "load", "parking", "transit", "health", "claims", "price", "housing"]
CATEGORIES = ["weather", "transport", "finance", "health", "retail", "energy", "demography", "education", "tourism",
              "real-estate", "enterprise", "tax", "environment", "insurance", "logistics", "telecom", "agriculture",
              "manufacturing", "media", "government"]


def is_cjk(ch):
    return "CJK" in unicodedata.name(ch, "") or "HIRAGANA" in unicodedata.name(ch, "") \
        or "KATAKANA" in unicodedata.name(ch, "") or "HANGUL" in unicodedata.name(ch, "")


def terms(text):
    s = text.lower()
    out, i = [], 0
    while i < len(s):
        if is_cjk(s[i]):
            j = i
            while j < len(s) and is_cjk(s[j]):
                j += 1
            run = s[i:j]
            out.extend(run)
            out.extend(run[k:k + 2] for k in range(len(run) - 1))
            i = j
        elif s[i].isalnum():
            j = i
            while j < len(s) and s[j].isalnum() and not is_cjk(s[j]):
                j += 1
            out.append(s[i:j][:64])
            i = j
        else:
            i += 1
    return sorted(set(out))


def pg_array(values):
    return "{" + ",".join('"' + v.replace('\\', '\\\\').replace('"', '\\"') + '"' for v in values) + "}"


now = datetime(2026, 11, 1, tzinfo=timezone.utc)
with open(os.path.join(out, "listings.csv"), "w", newline="") as lf, \
        open(os.path.join(out, "catalog.csv"), "w", newline="") as cf:
    lw, cw = csv.writer(lf), csv.writer(cf)
    for i in range(n):
        lid = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
        title = "".join(rnd.sample(CN, 2)) + " " + " ".join(rnd.sample(EN, 2)) + " " + str(2020 + rnd.randrange(7))
        description = "".join(rnd.sample(CN, 4)) + " " + " ".join(rnd.sample(EN, 5))
        category = rnd.choice(CATEGORIES)
        listed = (now - timedelta(seconds=rnd.randrange(365 * 86400))).isoformat()
        personal = rnd.random() < 0.3
        lw.writerow([lid, seller, 60, 1, 0, listed, listed])
        cw.writerow([lid, 1, seller, "Benchmark Seller", title, description, category, rnd.randrange(100, 10_000_000),
                     "CNY", "t" if personal else "f", "t" if personal and rnd.random() < 0.5 else "f",
                     pg_array(["STATISTICS"]), 365, pg_array(["CN"]), "f", "t", "f", 10, rnd.randrange(10 ** 9),
                     "%064x" % rnd.getrandbits(256), listed, pg_array(terms(title + " " + description + " " + category))])
print("wrote", n, "products to", out)
