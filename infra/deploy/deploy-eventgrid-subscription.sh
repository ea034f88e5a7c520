#!/usr/bin/env sh
# Phase 3: subscribe the Functions blob trigger to BlobCreated events under incoming/.
# Runs after the code is deployed, because the webhook URL carries the blobs_extension system key
# that the Functions host creates on its first start with the blob extension loaded.
# Inputs (azd sets them from the main.bicep outputs; deploy.sh exports them):
#   AZURE_RESOURCE_GROUP, AZURE_FUNCTION_APP_NAME, AZURE_EVENTGRID_SYSTEM_TOPIC_NAME
#   ALIABATCH_BLOB_TRIGGER_FUNCTION (optional, default IncomingBlobTrigger)
set -eu

: "${AZURE_RESOURCE_GROUP:?set AZURE_RESOURCE_GROUP}"
: "${AZURE_FUNCTION_APP_NAME:?set AZURE_FUNCTION_APP_NAME}"
: "${AZURE_EVENTGRID_SYSTEM_TOPIC_NAME:?set AZURE_EVENTGRID_SYSTEM_TOPIC_NAME}"
function_name="${ALIABATCH_BLOB_TRIGGER_FUNCTION:-IncomingBlobTrigger}"
repo_root="$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)"
# Flex Consumption apps may get a unique default host name, so ask for it rather than guessing.
host_name="$(az functionapp show --resource-group "$AZURE_RESOURCE_GROUP" --name "$AZURE_FUNCTION_APP_NAME" \
  --query defaultHostName --output tsv)"

# The system key appears a little after the deployment finishes (the host must start once).
attempt=1
until [ -n "$(az functionapp keys list --resource-group "$AZURE_RESOURCE_GROUP" --name "$AZURE_FUNCTION_APP_NAME" \
    --query "systemKeys.blobs_extension" --output tsv 2>/dev/null)" ]; do
  if [ "$attempt" -ge 30 ]; then
    echo "blobs_extension key of $AZURE_FUNCTION_APP_NAME did not appear; is a blob trigger with Source = EventGrid deployed?" >&2
    exit 1
  fi
  echo "Waiting for the blobs_extension system key ($attempt/30)..."
  attempt=$((attempt + 1))
  # Any request wakes the host so that it creates its keys.
  curl --silent --output /dev/null "https://$host_name/" || true
  sleep 10
done

az deployment group create \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --name "aliabatch-eventgrid-subscription" \
  --template-file "$repo_root/bicep/eventgrid-subscription.bicep" \
  --parameters functionAppName="$AZURE_FUNCTION_APP_NAME" \
               systemTopicName="$AZURE_EVENTGRID_SYSTEM_TOPIC_NAME" \
               blobTriggerFunctionName="$function_name" \
  --output none

echo "Event Grid subscription for Host.Functions.$function_name is in place."
