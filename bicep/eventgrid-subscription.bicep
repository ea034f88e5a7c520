metadata description = 'Phase 3 of the deployment: the Event Grid subscription that feeds the Flex Consumption blob trigger (source: EventGrid). It needs the blobs_extension system key, which the Functions host creates only once the code is deployed, so it cannot be part of main.bicep.'

@description('Name of the Function App deployed by main.bicep (output AZURE_FUNCTION_APP_NAME).')
param functionAppName string

@description('Name of the Event Grid system topic on the storage account (output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME).')
param systemTopicName string

@description('Name of the blob-triggered function (the [Function] name in AliaBatch.Functions).')
param blobTriggerFunctionName string = 'IncomingBlobTrigger'

@description('Blob container whose new blobs start jobs.')
param containerName string = 'incoming'

@description('Name of the Event Grid subscription.')
param subscriptionName string = 'incoming-blob-trigger'

resource functionApp 'Microsoft.Web/sites@2024-11-01' existing = {
  name: functionAppName
}

// Microsoft.Web/sites/host has no Bicep type (it cannot be PUT), so its keys are read with listKeys by id.
var blobsExtensionKey = listKeys('${functionApp.id}/host/default', functionApp.apiVersion).systemKeys.blobs_extension

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource blobTriggerSubscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: systemTopic
  name: subscriptionName
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${functionApp.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${blobTriggerFunctionName}&code=${blobsExtensionKey}'
      }
    }
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${containerName}/'
    }
    eventDeliverySchema: 'EventGridSchema'
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}

@description('Name of the Event Grid subscription.')
output subscriptionName string = blobTriggerSubscription.name
