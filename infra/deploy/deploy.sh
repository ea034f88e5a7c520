#!/usr/bin/env bash
# Deploys AliaBatch without azd, in the three phases the blob trigger needs:
#   1. infrastructure  bicep/main.bicep with bicep/main.<env>.bicepparam
#   2. code            Functions (func publish) and the worker image (az acr build + containerapp update)
#   3. subscription    bicep/eventgrid-subscription.bicep, which reads the blobs_extension key created in 2
#
# Usage: infra/deploy/deploy.sh <dev|prod> <resource-group> <location> [worker-image-tag]
# Needs: az (logged in), func (Azure Functions Core Tools 4), bash, curl.
set -euo pipefail

environment="${1:?usage: deploy.sh <dev|prod> <resource-group> <location> [worker-image-tag]}"
resource_group="${2:?resource group}"
location="${3:?location}"
image_tag="${4:-$(git rev-parse --short HEAD 2>/dev/null || date +%Y%m%d%H%M%S)}"
repo_root="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd)"
parameters="$repo_root/bicep/main.$environment.bicepparam"
[[ -f "$parameters" ]] || { echo "No parameter file $parameters" >&2; exit 1; }

output() { az deployment group show --resource-group "$resource_group" --name aliabatch-main --query "properties.outputs.$1.value" --output tsv; }

echo "== Phase 1: infrastructure ($environment) =="
az group create --name "$resource_group" --location "$location" --output none
az deployment group create \
  --resource-group "$resource_group" \
  --name aliabatch-main \
  --template-file "$repo_root/bicep/main.bicep" \
  --parameters "$parameters" \
  --parameters location="$location" \
  --output none

function_app="$(output AZURE_FUNCTION_APP_NAME)"
worker_app="$(output AZURE_WORKER_APP_NAME)"
registry="$(output AZURE_CONTAINER_REGISTRY_ENDPOINT)"
topic="$(output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME)"

echo "== Phase 2: code =="
(cd "$repo_root/src/AliaBatch.Functions" && func azure functionapp publish "$function_app" --dotnet-isolated)
az acr build \
  --registry "${registry%%.*}" \
  --image "aliabatch-worker:$image_tag" \
  --file "$repo_root/infra/worker/Dockerfile" \
  "$repo_root"
az containerapp update \
  --resource-group "$resource_group" \
  --name "$worker_app" \
  --image "$registry/aliabatch-worker:$image_tag" \
  --output none

echo "== Phase 3: Event Grid subscription =="
AZURE_RESOURCE_GROUP="$resource_group" \
AZURE_FUNCTION_APP_NAME="$function_app" \
AZURE_EVENTGRID_SYSTEM_TOPIC_NAME="$topic" \
  "$repo_root/infra/deploy/deploy-eventgrid-subscription.sh"

echo "Deployed. Drop a document into the incoming container of $(output AZURE_STORAGE_ACCOUNT_NAME) to start a job."
