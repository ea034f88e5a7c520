namespace AliaBatch.ModelBuilder.Encoder;

/// <summary>What a generated encoder outputs.</summary>
public enum EncoderHead
{
    /// <summary>
    /// Optimum <c>text-classification</c>: output <c>logits</c> float [batch_size, num_labels] from a pooler
    /// (dense + tanh on the first token) and a classifier, as in <c>BertForSequenceClassification</c>;
    /// this is the same computation as <c>RobertaClassificationHead</c> (dense + tanh + out_proj on &lt;s&gt;).
    /// </summary>
    SequenceClassification,

    /// <summary>Optimum <c>feature-extraction</c>: output <c>last_hidden_state</c> float [batch_size, sequence_length, hidden].</summary>
    FeatureExtraction,
}
