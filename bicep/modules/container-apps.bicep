metadata description = 'Container Apps environment with a serverless GPU workload profile and the inference worker, scaled 0..N by KEDA on the Service Bus queue length.'

@description('Name of the Container Apps environment.')
param environmentName string

@description('Name of the worker container app.')
param workerAppName string

@description('Azure region (must offer serverless GPUs for the chosen profile).')
param location string

@description('Tags applied to the environment and the app (the app also gets azd-service-name).')
param tags object = {}

@description('Resource id of the Log Analytics workspace that receives the environment logs (through diagnostic settings, no shared key).')
param logAnalyticsWorkspaceId string

@description('Serverless GPU workload profile type.')
@allowed([
  'Consumption-GPU-NC8as-T4'
  'Consumption-GPU-NC24-A100'
])
param gpuProfileType string

@description('Resource id of the identity the worker runs as (pulls images, reads models, writes results, receives batches).')
param workerIdentityResourceId string

@description('Resource id of the identity the KEDA scaler uses to read the queue length.')
param scalerIdentityResourceId string

@description('Login server of the container registry.')
param registryLoginServer string

@description('Worker image; azd replaces the placeholder with the built image on deploy.')
param workerImage string

@description('Service Bus namespace name (not the host name) for the KEDA scaler.')
param serviceBusNamespaceName string

@description('Queue whose length drives the replica count.')
param queueName string

@description('Active messages per replica before KEDA adds a replica.')
@minValue(1)
param messagesPerReplica int = 1

@description('Minimum replicas (0 lets GPUs scale to zero when the queue is empty).')
@minValue(0)
param minReplicas int = 0

@description('Maximum replicas (bounded by the subscription GPU quota).')
@minValue(1)
param maxReplicas int

@description('Port of the worker health endpoints.')
param healthPort int = 8080

@description('Path of the liveness endpoint.')
param livenessPath string

@description('Path of the readiness endpoint.')
param readinessPath string

@description('AliaBatch settings shared with the Function App (see app-settings.contract.json).')
param sharedAppSettings object

@description('AliaBatch settings specific to the worker (see app-settings.contract.json).')
param appSettings object

var gpuProfileName = 'gpu'

// A serverless GPU replica gets the whole profile: T4 = 8 vCPU / 56 GiB, A100 = 24 vCPU / 220 GiB.
var gpuResources = {
  'Consumption-GPU-NC8as-T4': {
    cpu: json('8.0')
    memory: '56Gi'
  }
  'Consumption-GPU-NC24-A100': {
    cpu: json('24.0')
    memory: '220Gi'
  }
}

var allSettings = union(sharedAppSettings, appSettings)

resource environment 'Microsoft.App/managedEnvironments@2025-07-01' = {
  name: environmentName
  location: location
  tags: tags
  properties: {
    appLogsConfiguration: {
      destination: 'azure-monitor'
    }
    workloadProfiles: [
      {
        name: 'Consumption'
        workloadProfileType: 'Consumption'
      }
      {
        name: gpuProfileName
        workloadProfileType: gpuProfileType
      }
    ]
  }
}

resource environmentDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: environment
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    // Resource-specific tables (ContainerAppConsoleLogs, ContainerAppSystemLogs) instead of AzureDiagnostics.
    logAnalyticsDestinationType: 'Dedicated'
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

resource worker 'Microsoft.App/containerApps@2025-07-01' = {
  name: workerAppName
  location: location
  tags: union(tags, { 'azd-service-name': 'worker' })
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${workerIdentityResourceId}': {}
      '${scalerIdentityResourceId}': {}
    }
  }
  properties: {
    environmentId: environment.id
    workloadProfileName: gpuProfileName
    configuration: {
      activeRevisionsMode: 'Single'
      registries: [
        {
          server: registryLoginServer
          identity: workerIdentityResourceId
        }
      ]
    }
    template: {
      // The worker drains in-flight batches on SIGTERM before the replica is removed.
      terminationGracePeriodSeconds: 300
      containers: [
        {
          name: 'worker'
          image: workerImage
          resources: gpuResources[gpuProfileType]
          env: [
            for setting in items(allSettings): {
              name: setting.key
              value: setting.value
            }
          ]
          probes: [
            {
              type: 'Liveness'
              httpGet: {
                path: livenessPath
                port: healthPort
              }
              periodSeconds: 30
              failureThreshold: 3
            }
            {
              type: 'Readiness'
              httpGet: {
                path: readinessPath
                port: healthPort
              }
              periodSeconds: 10
              failureThreshold: 3
            }
            {
              // Model download and shape-bucket warm-up happen before readiness; give them time.
              type: 'Startup'
              httpGet: {
                path: livenessPath
                port: healthPort
              }
              periodSeconds: 10
              failureThreshold: 60
            }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [
          {
            name: 'inference-batches-length'
            custom: {
              type: 'azure-servicebus'
              identity: scalerIdentityResourceId
              metadata: {
                namespace: serviceBusNamespaceName
                queueName: queueName
                messageCount: string(messagesPerReplica)
              }
            }
          }
        ]
      }
    }
  }
}

@description('Name of the worker container app.')
output workerAppName string = worker.name

@description('Resource id of the Container Apps environment.')
output environmentId string = environment.id
