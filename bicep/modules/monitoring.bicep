metadata description = 'Log Analytics workspace and a workspace-based Application Insights component.'

@description('Name of the Log Analytics workspace.')
param logAnalyticsName string

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('Azure region of the resources.')
param location string

@description('Tags applied to the resources.')
param tags object = {}

@description('Days the workspace keeps data.')
@minValue(30)
@maxValue(730)
param retentionInDays int = 30

@description('When true, Application Insights accepts only Microsoft Entra-authenticated telemetry (both app identities hold Monitoring Metrics Publisher).')
param disableLocalAuth bool = false

@description('Principal ids (managed identities) that publish telemetry with Entra authentication: granted Monitoring Metrics Publisher on the component.')
param metricsPublisherPrincipalIds string[] = []

// Monitoring Metrics Publisher: ingest telemetry with Microsoft Entra authentication.
var monitoringMetricsPublisherRoleId = '3913510d-42f4-4e42-8a64-420c390055eb'

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
    features: {
      enableLogAccessUsingOnlyResourcePermissions: true
    }
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: disableLocalAuth
  }
}

resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for principalId in metricsPublisherPrincipalIds: {
    name: guid(applicationInsights.id, principalId, monitoringMetricsPublisherRoleId)
    scope: applicationInsights
    properties: {
      principalId: principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisherRoleId)
    }
  }
]

@description('Resource id of the Log Analytics workspace.')
output workspaceId string = workspace.id

@description('Application Insights connection string (not a secret: it identifies the component; ingestion can require Entra auth).')
output applicationInsightsConnectionString string = applicationInsights.properties.ConnectionString

@description('Resource id of the Application Insights component.')
output applicationInsightsId string = applicationInsights.id
