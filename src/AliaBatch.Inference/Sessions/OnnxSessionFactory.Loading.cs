using Microsoft.ML.OnnxRuntime;

namespace AliaBatch.Inference.Sessions;

public sealed partial class OnnxSessionFactory
{
    private OnnxModelSession Load(string modelPath)
    {
        if (!File.Exists(modelPath))
        {
            throw new FileNotFoundException($"ONNX model file '{modelPath}' does not exist.", modelPath);
        }

        var wantsCuda = _options.ExecutionProvider is ExecutionProviderKind.Cuda or ExecutionProviderKind.Auto;
        if (wantsCuda)
        {
            string reason;
            try
            {
                return CreateOnCuda(modelPath);
            }
            catch (OnnxRuntimeException ex)
            {
                reason = ex.Message;
            }

            // The CUDA attempt fails the same way for a corrupt file; the CPU attempt below then reports it.
            if (_options.RequireGpu)
            {
                EnsureLoadableOnCpu(modelPath);
                throw new InvalidOperationException(
                    $"A GPU is required (AliaBatch:Inference:RequireGpu) but the CUDA execution provider on device {_options.DeviceId} could not load '{modelPath}': {reason}");
            }

            var session = CreateOnCpu(modelPath);
            Log.CudaFallback(_logger, _options.DeviceId, modelPath, reason);
            return session;
        }

        return CreateOnCpu(modelPath);
    }

    private OnnxModelSession CreateOnCuda(string modelPath)
    {
        using var sessionOptions = CreateCudaSessionOptions();
        var session = new InferenceSession(modelPath, sessionOptions);
        return Wrap(session, modelPath, ExecutionProviderKind.Cuda);
    }

    private SessionOptions CreateCudaSessionOptions()
    {
        var sessionOptions = CreateSessionOptions();
        try
        {
            sessionOptions.AppendExecutionProvider_CUDA(_options.DeviceId);
            return sessionOptions;
        }
        catch
        {
            sessionOptions.Dispose();
            throw;
        }
    }

    private OnnxModelSession CreateOnCpu(string modelPath)
    {
        using var sessionOptions = CreateSessionOptions();
        try
        {
            var session = new InferenceSession(modelPath, sessionOptions);
            return Wrap(session, modelPath, ExecutionProviderKind.Cpu);
        }
        catch (OnnxRuntimeException ex)
        {
            throw new InvalidDataException($"ONNX Runtime could not load the model file '{modelPath}': {ex.Message}", ex);
        }
    }

    private void EnsureLoadableOnCpu(string modelPath) => CreateOnCpu(modelPath).Dispose();

    private SessionOptions CreateSessionOptions()
    {
        var sessionOptions = new SessionOptions
        {
            GraphOptimizationLevel = _options.GraphOptimizationLevel,
            IntraOpNumThreads = _options.IntraOpThreads,
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
        };
        return sessionOptions;
    }

    private OnnxModelSession Wrap(InferenceSession session, string modelPath, ExecutionProviderKind provider)
    {
        // Companion models (e.g. the KV-cache row gather) must run where this session leaves its tensors.
        var wrapped = provider == ExecutionProviderKind.Cuda
            ? new OnnxModelSession(session, modelPath, provider, _options.DeviceId, CreateCudaSessionOptions)
            : new OnnxModelSession(session, modelPath, provider, companionOptions: CreateSessionOptions);
        Log.ModelLoaded(_logger, modelPath, provider, wrapped.InputNames.Count, wrapped.OutputNames.Count);
        return wrapped;
    }
}
