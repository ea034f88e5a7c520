using 'main.bicep'

// Production: A100 GPUs for the 7B-40B models, zone-redundant storage, warm orchestration and HTTP instances.
param environmentName = 'prod'
param gpuProfileType = 'Consumption-GPU-NC24-A100'
param workerMaxReplicas = 8
param workerMessagesPerReplica = 2
param storageSkuName = 'Standard_ZRS'
param serviceBusSkuName = 'Standard'
param registrySkuName = 'Standard'
param functionInstanceMemoryMB = 4096
param functionMaximumInstanceCount = 100
param functionAlwaysReady = [
  {
    name: 'durable'
    instanceCount: 1
  }
  {
    name: 'http'
    instanceCount: 1
  }
]
param evaluationSchedule = '0 0 2 * * *'
// Comma-separated folder names under eval-suites/ once suites are uploaded; empty runs no evaluation.
param evaluationSuites = ''
param logRetentionInDays = 90
param applicationInsightsDisableLocalAuth = false
param storageDeleteRetentionDays = 30
param inferenceMaxDeliveryCount = 5
// Model packs (folder names under models/) the workers pull at start; set once a pack is uploaded.
param workerTranslationPack = ''
param workerSummarizationPack = ''
