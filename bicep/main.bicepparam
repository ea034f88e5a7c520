using 'main.bicep'

// Used by `azd provision` / `azd up`: the azd environment supplies the name and region, and
// optional ALIABATCH_* variables override the defaults of main.bicep.
param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'dev')
param location = readEnvironmentVariable('AZURE_LOCATION', 'swedencentral')
param gpuProfileType = readEnvironmentVariable('ALIABATCH_GPU_PROFILE', 'Consumption-GPU-NC8as-T4')
param workerMaxReplicas = int(readEnvironmentVariable('ALIABATCH_WORKER_MAX_REPLICAS', '1'))
param evaluationSuites = readEnvironmentVariable('ALIABATCH_EVALUATION_SUITES', '')
param workerTranslationPack = readEnvironmentVariable('ALIABATCH_TRANSLATION_PACK', '')
param workerSummarizationPack = readEnvironmentVariable('ALIABATCH_SUMMARIZATION_PACK', '')
