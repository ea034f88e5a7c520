metadata description = 'Event Grid system topic on the storage account. The blob-trigger subscription is deployed later by eventgrid-subscription.bicep, once the Functions code (and its blobs_extension key) exists.'

@description('Name of the system topic.')
param name string

@description('Azure region (the storage account region).')
param location string

@description('Tags applied to the topic.')
param tags object = {}

@description('Name of the storage account that raises the events.')
param storageAccountName string

resource storageAccount 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storageAccount.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

@description('Name of the system topic.')
output name string = systemTopic.name
