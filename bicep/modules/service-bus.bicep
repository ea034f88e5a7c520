metadata description = 'Service Bus namespace with the inference-batches queue (GPU worker transport) and the job-events topic. Local (SAS) authentication is disabled.'

@description('Name of the namespace.')
param name string

@description('Azure region of the namespace.')
param location string

@description('Tags applied to the namespace.')
param tags object = {}

@description('Namespace tier; topics need Standard or Premium.')
@allowed([
  'Standard'
  'Premium'
])
param skuName string = 'Standard'

@description('Name of the queue that carries inference batches to the GPU workers.')
param queueName string

@description('Peek-lock duration of a batch message; the worker renews the lock while it works.')
param queueLockDuration string = 'PT5M'

@description('Deliveries before a batch message is dead-lettered.')
@minValue(1)
@maxValue(100)
param queueMaxDeliveryCount int = 5

@description('Time to live of a batch message; expired messages are dead-lettered.')
param queueMessageTimeToLive string = 'P2D'

@description('Name of the topic that carries job events.')
param topicName string

@description('Name of the subscription created on the job-events topic.')
param topicSubscriptionName string

@description('Role assignments scoped to the inference-batches queue: principalId and roleDefinitionId (a role definition GUID).')
param queueRoleAssignments { principalId: string, roleDefinitionId: string }[] = []

@description('Role assignments scoped to the job-events topic: principalId and roleDefinitionId (a role definition GUID).')
param topicRoleAssignments { principalId: string, roleDefinitionId: string }[] = []

resource namespace 'Microsoft.ServiceBus/namespaces@2024-01-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: skuName
  }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
  }
}

resource queue 'Microsoft.ServiceBus/namespaces/queues@2024-01-01' = {
  parent: namespace
  name: queueName
  properties: {
    lockDuration: queueLockDuration
    maxDeliveryCount: queueMaxDeliveryCount
    defaultMessageTimeToLive: queueMessageTimeToLive
    deadLetteringOnMessageExpiration: true
    // Batch messages carry MessageId {jobId}:{runId}:{batchId}:{attempt}: a re-sent dispatch is dropped, not redone.
    requiresDuplicateDetection: true
    duplicateDetectionHistoryTimeWindow: 'PT1H'
    requiresSession: false
    enableBatchedOperations: true
  }
}

resource topic 'Microsoft.ServiceBus/namespaces/topics@2024-01-01' = {
  parent: namespace
  name: topicName
  properties: {
    defaultMessageTimeToLive: 'P7D'
    enableBatchedOperations: true
  }
}

resource subscription 'Microsoft.ServiceBus/namespaces/topics/subscriptions@2024-01-01' = {
  parent: topic
  name: topicSubscriptionName
  properties: {
    lockDuration: 'PT1M'
    maxDeliveryCount: 10
    deadLetteringOnMessageExpiration: true
  }
}

resource queueRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for assignment in queueRoleAssignments: {
    name: guid(queue.id, assignment.principalId, assignment.roleDefinitionId)
    scope: queue
    properties: {
      principalId: assignment.principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', assignment.roleDefinitionId)
    }
  }
]

resource topicRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for assignment in topicRoleAssignments: {
    name: guid(topic.id, assignment.principalId, assignment.roleDefinitionId)
    scope: topic
    properties: {
      principalId: assignment.principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', assignment.roleDefinitionId)
    }
  }
]

@description('Name of the namespace (the KEDA scaler takes the name, not the host name).')
output name string = namespace.name

@description('Fully qualified namespace host name, e.g. {name}.servicebus.windows.net.')
output fullyQualifiedNamespace string = split(replace(namespace.properties.serviceBusEndpoint, 'https://', ''), ':')[0]

@description('Resource id of the namespace.')
output resourceId string = namespace.id
