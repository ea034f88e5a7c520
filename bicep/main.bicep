metadata description = 'AliaBatch on Azure: storage, Service Bus, Functions on Flex Consumption (orchestration, triggers, HTTP API), serverless GPU workers on Container Apps, monitoring and least-privilege role assignments. Phase 1 of 2: the Event Grid subscription of the blob trigger is deployed by eventgrid-subscription.bicep after the code.'

targetScope = 'resourceGroup'

@description('Environment name (azd AZURE_ENV_NAME), e.g. dev or prod; part of every resource name.')
@minLength(1)
@maxLength(16)
param environmentName string

@description('Azure region of every resource; must offer Flex Consumption and the chosen serverless GPU profile.')
param location string = resourceGroup().location

@description('Serverless GPU workload profile of the worker: T4 (NC8as) for small models, A100 (NC24) for 7B-40B models.')
@allowed([
  'Consumption-GPU-NC8as-T4'
  'Consumption-GPU-NC24-A100'
])
param gpuProfileType string = 'Consumption-GPU-NC8as-T4'

@description('Maximum GPU worker replicas (bounded by the subscription serverless GPU quota).')
@minValue(1)
@maxValue(100)
param workerMaxReplicas int = 2

@description('Queued inference batches per replica before KEDA adds a replica.')
@minValue(1)
param workerMessagesPerReplica int = 1

@description('Worker image. The default placeholder is replaced by azd deploy or infra/deploy/deploy.sh; with zero minimum replicas it never starts.')
param workerImage string = 'mcr.microsoft.com/k8se/quickstart:latest'

@description('Replication SKU of the storage account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSkuName string = 'Standard_LRS'

@description('Service Bus tier.')
@allowed([
  'Standard'
  'Premium'
])
param serviceBusSkuName string = 'Standard'

@description('Deliveries of an inference batch before it is dead-lettered.')
@minValue(1)
@maxValue(100)
param inferenceMaxDeliveryCount int = 5

@description('Container registry tier.')
@allowed([
  'Basic'
  'Standard'
  'Premium'
])
param registrySkuName string = 'Basic'

@description('Memory of each Function App instance in MB.')
@allowed([
  512
  2048
  4096
])
param functionInstanceMemoryMB int = 2048

@description('Upper bound of Function App instances.')
@minValue(1)
@maxValue(1000)
param functionMaximumInstanceCount int = 40

@description('Always-ready Function App instances per trigger group (http, blob, durable) or function:{name}.')
param functionAlwaysReady { name: string, instanceCount: int }[] = []

@description('CRON schedule (six fields, UTC) of the bulk evaluation timer.')
param evaluationSchedule string = '0 0 3 * * 1'

@description('Comma-separated evaluation suite names under eval-suites/ run by the timer.')
param evaluationSuites string = ''

@description('Translation model pack (its folder under models/) each worker pulls and warms up at start; empty runs no translation model.')
param workerTranslationPack string = ''

@description('Summarization model pack (its folder under models/) each worker pulls and warms up at start; empty leaves summaries extractive.')
param workerSummarizationPack string = ''

@description('Days Log Analytics keeps data.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Require Microsoft Entra authentication for telemetry ingestion into Application Insights.')
param applicationInsightsDisableLocalAuth bool = false

@description('Days deleted blobs and containers can be restored.')
@minValue(1)
@maxValue(365)
param storageDeleteRetentionDays int = 7

var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
var storageAccountName = 'st${resourceToken}'
var tags = {
  'azd-env-name': environmentName
  application: 'aliabatch'
}

// Names the code and the templates share. bicep/app-settings.contract.json lists the same names.
var blobContainers = {
  incoming: 'incoming'
  results: 'results'
  models: 'models'
  evalSuites: 'eval-suites'
  evalResults: 'eval-results'
  deployment: 'app-package'
}
var storageQueues = {
  agencyJobs: 'agency-jobs'
  agencyJobsPoison: 'agency-jobs-poison'
  inferenceBatches: 'inference-batches'
  jobEvents: 'job-events'
}
// The worker serves /healthz and /readyz, and /health/live and /health/ready for the Container Apps probes.
var workerHealth = {
  port: 8080
  livenessPath: '/health/live'
  readinessPath: '/health/ready'
}
var serviceBusEntities = {
  inferenceQueue: 'inference-batches'
  eventsTopic: 'job-events'
  eventsSubscription: 'all-events'
}

// Built-in role definition GUIDs (identical in every tenant).
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  serviceBusDataOwner: '090c5cfd-751d-490a-894a-3ce6f1109419'
  serviceBusDataReceiver: '4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0'
  serviceBusDataSender: '69a216fc-b8fb-44d8-bc22-1f3c2cd27a39'
}

module functionsIdentity 'modules/user-assigned-identity.bicep' = {
  name: 'identity-functions'
  params: {
    name: 'id-functions-${environmentName}-${resourceToken}'
    location: location
    tags: tags
  }
}

module workerIdentity 'modules/user-assigned-identity.bicep' = {
  name: 'identity-worker'
  params: {
    name: 'id-worker-${environmentName}-${resourceToken}'
    location: location
    tags: tags
  }
}

// A separate identity for KEDA: it needs Manage on the queue, which the worker itself must not have.
module scalerIdentity 'modules/user-assigned-identity.bicep' = {
  name: 'identity-scaler'
  params: {
    name: 'id-scaler-${environmentName}-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: 'log-${environmentName}-${resourceToken}'
    applicationInsightsName: 'appi-${environmentName}-${resourceToken}'
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
    disableLocalAuth: applicationInsightsDisableLocalAuth
    metricsPublisherPrincipalIds: [
      functionsIdentity.outputs.principalId
      workerIdentity.outputs.principalId
    ]
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageAccountName
    location: location
    tags: tags
    skuName: storageSkuName
    deleteRetentionDays: storageDeleteRetentionDays
    containerNames: [
      blobContainers.incoming
      blobContainers.results
      blobContainers.models
      blobContainers.evalSuites
      blobContainers.evalResults
      blobContainers.deployment
    ]
    queueNames: [
      storageQueues.agencyJobs
      storageQueues.agencyJobsPoison
      storageQueues.inferenceBatches
      storageQueues.jobEvents
    ]
    roleAssignments: [
      // Durable Functions (Azure Storage backend) and the Functions host use blobs, queues and tables.
      {
        principalId: functionsIdentity.outputs.principalId
        roleDefinitionId: roles.storageBlobDataOwner
      }
      {
        principalId: functionsIdentity.outputs.principalId
        roleDefinitionId: roles.storageQueueDataContributor
      }
      {
        principalId: functionsIdentity.outputs.principalId
        roleDefinitionId: roles.storageTableDataContributor
      }
      // The worker reads model packs and documents and writes results.
      {
        principalId: workerIdentity.outputs.principalId
        roleDefinitionId: roles.storageBlobDataContributor
      }
    ]
  }
}

module serviceBus 'modules/service-bus.bicep' = {
  name: 'service-bus'
  params: {
    name: 'sb-aliabatch-${environmentName}-${resourceToken}'
    location: location
    tags: tags
    skuName: serviceBusSkuName
    queueName: serviceBusEntities.inferenceQueue
    queueMaxDeliveryCount: inferenceMaxDeliveryCount
    topicName: serviceBusEntities.eventsTopic
    topicSubscriptionName: serviceBusEntities.eventsSubscription
    queueRoleAssignments: [
      {
        principalId: functionsIdentity.outputs.principalId
        roleDefinitionId: roles.serviceBusDataSender
      }
      {
        principalId: workerIdentity.outputs.principalId
        roleDefinitionId: roles.serviceBusDataReceiver
      }
      // The KEDA azure-servicebus scaler reads the queue's message count through the management
      // API, which needs Manage rights; Data Owner on this one queue is the narrowest role that has them.
      {
        principalId: scalerIdentity.outputs.principalId
        roleDefinitionId: roles.serviceBusDataOwner
      }
    ]
    topicRoleAssignments: [
      {
        principalId: functionsIdentity.outputs.principalId
        roleDefinitionId: roles.serviceBusDataSender
      }
    ]
  }
}

module registry 'modules/container-registry.bicep' = {
  name: 'container-registry'
  params: {
    name: 'cr${resourceToken}'
    location: location
    tags: tags
    skuName: registrySkuName
    acrPullPrincipalIds: [
      workerIdentity.outputs.principalId
    ]
  }
}

// App settings contract: the configuration keys the code binds (AliaBatch__{Section}__{Key}).
// This section is the one place the templates define them; bicep/app-settings.contract.json
// mirrors it and the infrastructure tests keep the two in step.
var sharedAppSettings = {
  AliaBatch__Storage__AccountUrl: storage.outputs.blobEndpoint
  AliaBatch__Storage__QueueAccountUrl: storage.outputs.queueEndpoint
  AliaBatch__Transport__Kind: 'ServiceBus'
  AliaBatch__ServiceBus__FullyQualifiedNamespace: serviceBus.outputs.fullyQualifiedNamespace
  AliaBatch__ServiceBus__QueueName: serviceBusEntities.inferenceQueue
  AliaBatch__ServiceBus__EventsTopic: serviceBusEntities.eventsTopic
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.applicationInsightsConnectionString
}
var functionsAppSettings = {
  // Batches go to the GPU workers through the Service Bus queue; events to the job-events topic.
  AliaBatch__Orchestration__Dispatch: 'Transport'
  AliaBatch__Events__Kind: 'ServiceBus'
  AliaBatch__Intake__IncomingContainer: blobContainers.incoming
  AliaBatch__Intake__ResultsContainer: blobContainers.results
  AliaBatch__Evaluation__Schedule: evaluationSchedule
  AliaBatch__Evaluation__Suites: evaluationSuites
  AliaBatch__Evaluation__SuitesContainer: blobContainers.evalSuites
  AliaBatch__Evaluation__ResultsContainer: blobContainers.evalResults
  AZURE_CLIENT_ID: functionsIdentity.outputs.clientId
}
var workerAppSettings = {
  AliaBatch__Models__Container: blobContainers.models
  AliaBatch__Worker__TranslationPack: workerTranslationPack
  AliaBatch__Worker__SummarizationPack: workerSummarizationPack
  // Kestrel's port; the probes below use workerHealth.port, and the tests keep the two equal.
  AliaBatch__Worker__HealthPort: '8080'
  AliaBatch__Inference__ExecutionProvider: 'Cuda'
  AliaBatch__Inference__DeviceId: '0'
  AZURE_CLIENT_ID: workerIdentity.outputs.clientId
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  params: {
    name: 'func-aliabatch-${environmentName}-${resourceToken}'
    planName: 'plan-aliabatch-${environmentName}-${resourceToken}'
    location: location
    tags: tags
    identityResourceId: functionsIdentity.outputs.resourceId
    identityClientId: functionsIdentity.outputs.clientId
    storageAccountName: storage.outputs.name
    storageBlobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: blobContainers.deployment
    instanceMemoryMB: functionInstanceMemoryMB
    maximumInstanceCount: functionMaximumInstanceCount
    alwaysReady: functionAlwaysReady
    sharedAppSettings: sharedAppSettings
    appSettings: functionsAppSettings
  }
}

module eventGridTopic 'modules/event-grid-system-topic.bicep' = {
  name: 'event-grid-system-topic'
  params: {
    name: 'evgt-storage-${environmentName}-${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storageAccountName
  }
  dependsOn: [
    storage
  ]
}

module containerApps 'modules/container-apps.bicep' = {
  name: 'container-apps'
  params: {
    environmentName: 'cae-aliabatch-${environmentName}-${resourceToken}'
    workerAppName: 'ca-worker-${environmentName}-${resourceToken}'
    location: location
    tags: tags
    logAnalyticsWorkspaceId: monitoring.outputs.workspaceId
    gpuProfileType: gpuProfileType
    workerIdentityResourceId: workerIdentity.outputs.resourceId
    scalerIdentityResourceId: scalerIdentity.outputs.resourceId
    // Taking the login server from the registry module also orders the app after the AcrPull assignment.
    registryLoginServer: registry.outputs.loginServer
    workerImage: workerImage
    serviceBusNamespaceName: serviceBus.outputs.name
    queueName: serviceBusEntities.inferenceQueue
    messagesPerReplica: workerMessagesPerReplica
    maxReplicas: workerMaxReplicas
    healthPort: workerHealth.port
    livenessPath: workerHealth.livenessPath
    readinessPath: workerHealth.readinessPath
    sharedAppSettings: sharedAppSettings
    appSettings: workerAppSettings
  }
}

@description('Region of the deployment (azd).')
output AZURE_LOCATION string = location

@description('Registry login server; azd pushes the worker image here.')
output AZURE_CONTAINER_REGISTRY_ENDPOINT string = registry.outputs.loginServer

@description('Name of the Function App (phase 2 publishes the code here; phase 3 reads its blobs_extension key).')
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name

@description('Name of the worker container app.')
output AZURE_WORKER_APP_NAME string = containerApps.outputs.workerAppName

@description('Name of the storage account (uploads of model packs and documents).')
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name

@description('Name of the Event Grid system topic the phase-3 subscription attaches to.')
output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME string = eventGridTopic.outputs.name

@description('Fully qualified Service Bus namespace.')
output AZURE_SERVICEBUS_NAMESPACE string = serviceBus.outputs.fullyQualifiedNamespace
