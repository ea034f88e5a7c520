using 'main.bicep'

// Development: smallest footprint, T4 GPUs, scale to zero everywhere.
param environmentName = 'dev'
param gpuProfileType = 'Consumption-GPU-NC8as-T4'
param workerMaxReplicas = 1
param workerMessagesPerReplica = 1
param storageSkuName = 'Standard_LRS'
param serviceBusSkuName = 'Standard'
param registrySkuName = 'Basic'
param functionInstanceMemoryMB = 2048
param functionMaximumInstanceCount = 10
param functionAlwaysReady = []
param evaluationSchedule = '0 0 3 * * 1'
// Comma-separated folder names under eval-suites/ once suites are uploaded; empty runs no evaluation.
param evaluationSuites = ''
param logRetentionInDays = 30
param applicationInsightsDisableLocalAuth = false
param storageDeleteRetentionDays = 7
param inferenceMaxDeliveryCount = 5
// Model packs (folder names under models/) the workers pull at start; set once a pack is uploaded.
param workerTranslationPack = ''
param workerSummarizationPack = ''
