"""List every image in a region with keystoneauth1, as an OpenStack client written elsewhere does.

Authenticates against a Rackspace Identity v2.0 endpoint, lets keystoneauth1 find the compute API
through the service catalog and its version discovery, then pages GET /images/detail with `limit`,
following each `images_links` next link until there is none.

Usage: openstack-list-images.py AUTH_URL REGION LIMIT, with OS_USERNAME and OS_PASSWORD in the
environment (kept out of argv, where `ps` would show them).

Prints one JSON object a line on stdout: every HTTP exchange ("request"), what discovery found
("discovery"), then the whole listing ("images"). Exits non-zero, with the reason on stderr, if
anything fails.
"""

import json
import logging
import os
import sys
import urllib.parse

import requests
from keystoneauth1 import adapter, session
from keystoneauth1.identity import v2


def emit(event, **fields):
    print(json.dumps({"event": event, **fields}), flush=True)


def log_exchange(response, *args, **kwargs):
    url = urllib.parse.urlsplit(response.request.url)
    emit(
        "request",
        method=response.request.method,
        path=url.path,
        query=url.query,
        status=response.status_code,
        # Discovery fetches version documents without a token; everything else carries one.
        authenticated="X-Auth-Token" in response.request.headers,
    )


def main(auth_url, region, limit):
    # Where keystoneauth1 looks for version documents, and why a candidate failed, goes to stderr.
    logging.basicConfig(stream=sys.stderr, format="%(name)s: %(message)s")
    logging.getLogger("keystoneauth.discover").setLevel(logging.DEBUG)

    transport = requests.Session()
    # The simulator is on loopback: proxies and .netrc from the caller's environment do not apply.
    transport.trust_env = False
    transport.hooks["response"].append(log_exchange)
    # Rackspace Identity takes passwordCredentials as well as RAX-KSKEY:apiKeyCredentials, and so
    # does the simulator: keystoneauth1's stock v2 Password plugin is enough, no Rackspace subclass.
    auth = v2.Password(
        auth_url=auth_url,
        username=os.environ["OS_USERNAME"],
        password=os.environ["OS_PASSWORD"],
    )
    compute = adapter.Adapter(
        session.Session(auth=auth, session=transport),
        service_type="compute",
        interface="public",
        region_name=region,
        # min/max, not version="2": Adapter.get_endpoint_data drops `version`, and with no bounds
        # keystoneauth1 tries only the catalog URL (…/v2, …/v2/{tenant}), never …/v2/ or the root.
        min_version="2.0",
        max_version="2.latest",
    )

    # get_endpoint_data fetches the version document (discover_versions defaults to True) even
    # though the catalog URL (…/v2/{tenant}) already names version 2; `status` only comes from it.
    found = compute.get_endpoint_data()
    if found is None:
        raise SystemExit(f"no compute endpoint in region {region} of the service catalog")
    endpoint = compute.get_endpoint()
    emit(
        "discovery",
        endpoint=endpoint,
        catalog_url=found.catalog_url,
        api_version=list(found.api_version) if found.api_version else None,
        major_version=list(compute.get_api_major_version() or ()) or None,
        status=found.status,
        min_microversion=list(found.min_microversion) if found.min_microversion else None,
        max_microversion=list(found.max_microversion) if found.max_microversion else None,
    )

    images = []
    response = compute.get("/images/detail", params={"limit": limit})
    while True:
        body = response.json()
        images.extend(body["images"])
        following = [link["href"] for link in body.get("images_links", []) if link["rel"] == "next"]
        if not following:
            break
        # The session would send the token to any absolute URL: follow links to this API only.
        if not following[0].startswith(endpoint.rstrip("/") + "/"):
            raise SystemExit(f"next link {following[0]} leaves the compute endpoint {endpoint}")
        response = compute.get(following[0])

    emit(
        "images",
        count=len(images),
        first=images[0]["name"] if images else None,
        last=images[-1]["name"] if images else None,
        ids=[image["id"] for image in images],
        names=[image["name"] for image in images],
    )


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
