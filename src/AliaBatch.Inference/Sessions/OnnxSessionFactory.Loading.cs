using Microsoft.ML.OnnxRuntime;

namespace AliaBatch.Inference.Sessions;

public sealed partial class OnnxSessionFactory
{
    private OnnxModelSession Load(string modelPath, int intraOpThreads)
    {
        if (!File.Exists(modelPath))
        {
            throw new FileNotFoundException($"ONNX model file '{modelPath}' does not exist.", modelPath);
        }

        var wantsCuda = _options.ExecutionProvider is ExecutionProviderKind.Cuda or ExecutionProviderKind.Auto;
        if (wantsCuda)
        {
            string reason;
            if (CudaPrerequisites.Missing is { } missing)
            {
                reason = missing;
            }
            else
            {
                try
                {
                    return CreateOnCuda(modelPath, intraOpThreads);
                }
                catch (OnnxRuntimeException ex)
                {
                    reason = ex.Message;
                }
            }

            // The CUDA attempt fails the same way for a corrupt file; the CPU attempt below then reports it.
            if (_options.RequireGpu)
            {
                EnsureLoadableOnCpu(modelPath);
                throw new InvalidOperationException(
                    $"A GPU is required (AliaBatch:Inference:RequireGpu) but the CUDA execution provider on device {_options.DeviceId} could not load '{modelPath}': {reason}");
            }

            var session = CreateOnCpu(modelPath, intraOpThreads);
            Log.CudaFallback(_logger, _options.DeviceId, modelPath, reason);
            return session;
        }

        return CreateOnCpu(modelPath, intraOpThreads);
    }

    private OnnxModelSession CreateOnCuda(string modelPath, int intraOpThreads)
    {
        using var sessionOptions = CreateCudaSessionOptions(intraOpThreads);
        var session = new InferenceSession(modelPath, sessionOptions);
        return Wrap(session, modelPath, ExecutionProviderKind.Cuda, intraOpThreads);
    }

    private SessionOptions CreateCudaSessionOptions(int intraOpThreads)
    {
        var sessionOptions = CreateSessionOptions(intraOpThreads);
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

    private OnnxModelSession CreateOnCpu(string modelPath, int intraOpThreads)
    {
        using var sessionOptions = CreateSessionOptions(intraOpThreads);
        try
        {
            var session = new InferenceSession(modelPath, sessionOptions);
            return Wrap(session, modelPath, ExecutionProviderKind.Cpu, intraOpThreads);
        }
        catch (OnnxRuntimeException ex)
        {
            throw new InvalidDataException($"ONNX Runtime could not load the model file '{modelPath}': {ex.Message}", ex);
        }
    }

    private void EnsureLoadableOnCpu(string modelPath) => CreateOnCpu(modelPath, _options.IntraOpThreads).Dispose();

    private SessionOptions CreateSessionOptions(int intraOpThreads)
    {
        var sessionOptions = new SessionOptions
        {
            GraphOptimizationLevel = _options.GraphOptimizationLevel,
            IntraOpNumThreads = intraOpThreads,
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
        };
        return sessionOptions;
    }

    private OnnxModelSession Wrap(InferenceSession session, string modelPath, ExecutionProviderKind provider, int intraOpThreads)
    {
        // Companion models (e.g. the KV-cache row gather) must run where this session leaves its tensors, on as many threads.
        var wrapped = provider == ExecutionProviderKind.Cuda
            ? new OnnxModelSession(session, modelPath, provider, _options.DeviceId, () => CreateCudaSessionOptions(intraOpThreads))
            : new OnnxModelSession(session, modelPath, provider, companionOptions: () => CreateSessionOptions(intraOpThreads));
        Log.ModelLoaded(_logger, modelPath, provider, wrapped.InputNames.Count, wrapped.OutputNames.Count);
        return wrapped;
    }
}
