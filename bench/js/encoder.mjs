// The transformers.js side of the encoder benchmark: all-MiniLM-L6-v2 through @huggingface/transformers' AutoModel
// (onnxruntime-node underneath), loading the SAME model.onnx as the C# side, fed the SAME token ids (tokens.json,
// written by `aliabatch-bench encoder`), batched in arrival order and padded to each batch's longest row, as the
// feature-extraction pipeline does with an array of texts; mean pooling and L2 normalisation as sentence-transformers.
// Usage: node encoder.mjs --tokens tokens.json --out encoder-js.json [--threads 2] [--runs 3] [--batches 1,8,32,64]
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AutoModel, Tensor, env } from '@huggingface/transformers';

const { values: args } = parseArgs({
  options: {
    tokens: { type: 'string' },
    out: { type: 'string' },
    threads: { type: 'string', default: '2' },
    runs: { type: 'string', default: '3' },
    batches: { type: 'string', default: '1,8,32,64' },
    warmup: { type: 'string', default: '64' },
  },
});
if (!args.tokens || !args.out) {
  console.error('usage: node encoder.mjs --tokens tokens.json --out encoder-js.json [--threads 2] [--runs 3] [--batches 1,8,32,64]');
  process.exit(2);
}

const threads = Number(args.threads);
const runs = Number(args.runs);
const batches = args.batches.split(',').map(Number);
const inputs = JSON.parse(readFileSync(args.tokens, 'utf8'));
const ids = inputs.ids;

// Local files only: a private model folder in the layout transformers.js expects, holding a copy of our model.onnx.
const root = mkdtempSync(join(tmpdir(), 'aliabatch-bench-tjs-'));
mkdirSync(join(root, 'minilm', 'onnx'), { recursive: true });
copyFileSync(inputs.modelPath, join(root, 'minilm', 'onnx', 'model.onnx'));
writeFileSync(join(root, 'minilm', 'config.json'), JSON.stringify({
  model_type: 'bert', architectures: ['BertModel'], hidden_size: 384, num_attention_heads: 12,
  num_hidden_layers: 6, intermediate_size: 1536, vocab_size: 30522, max_position_embeddings: 512, type_vocab_size: 2,
}));
env.allowRemoteModels = false;
env.allowLocalModels = true;
env.localModelPath = root;

const model = await AutoModel.from_pretrained('minilm', {
  local_files_only: true,
  device: 'cpu',
  dtype: 'fp32',
  session_options: { intraOpNumThreads: threads, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all' },
});

async function embed(sentences, batchSize) {
  const results = new Array(sentences.length);
  for (let start = 0; start < sentences.length; start += batchSize) {
    const rows = sentences.slice(start, start + batchSize);
    const length = Math.max(...rows.map((r) => r.length));
    const inputIds = new BigInt64Array(rows.length * length);
    const mask = new BigInt64Array(rows.length * length);
    rows.forEach((row, r) => row.forEach((id, t) => { inputIds[r * length + t] = BigInt(id); mask[r * length + t] = 1n; }));
    const dims = [rows.length, length];
    const output = await model({
      input_ids: new Tensor('int64', inputIds, dims),
      attention_mask: new Tensor('int64', mask, dims),
      token_type_ids: new Tensor('int64', new BigInt64Array(rows.length * length), dims),
    });
    const hidden = output.last_hidden_state.data;
    const width = output.last_hidden_state.dims[2];
    rows.forEach((row, r) => {
      const vector = new Float32Array(width);
      for (let t = 0; t < row.length; t++) {
        const offset = (r * length + t) * width;
        for (let d = 0; d < width; d++) vector[d] += hidden[offset + d];
      }
      let norm = 0;
      for (let d = 0; d < width; d++) { vector[d] /= row.length; norm += vector[d] * vector[d]; }
      norm = Math.sqrt(norm);
      for (let d = 0; d < width; d++) vector[d] /= norm;
      results[start + r] = vector;
    });
  }
  return results;
}

const cosine = (a, b) => a.reduce((sum, x, i) => sum + x * b[i], 0);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const padding = (batch) => {
  let useful = 0; let computed = 0;
  for (let start = 0; start < ids.length; start += batch) {
    const rows = ids.slice(start, start + batch);
    computed += Math.max(...rows.map((r) => r.length)) * rows.length;
    useful += rows.reduce((sum, r) => sum + r.length, 0);
  }
  return useful / computed;
};

for (const batch of batches) await embed(ids.slice(0, Number(args.warmup)), batch);
const seconds = Object.fromEntries(batches.map((b) => [b, []]));
let minCosine = 1;
for (let run = 0; run < runs; run++) {
  for (let k = 0; k < batches.length; k++) {
    const batch = batches[(k + run) % batches.length];
    const started = process.hrtime.bigint();
    const vectors = await embed(ids, batch);
    const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    seconds[batch].push(elapsed);
    inputs.referenceEmbeddings.forEach((ref, i) => { minCosine = Math.min(minCosine, cosine(ref, vectors[i])); });
    console.error(`transformers.js run ${run + 1}/${runs} batch ${batch}: ${(ids.length / elapsed).toFixed(1)} sentences/s`);
  }
}

const here = new URL('.', import.meta.url).pathname;
const version = (name) => JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8')).version;
writeFileSync(args.out, JSON.stringify({
  nodeVersion: process.version,
  transformersVersion: version('@huggingface/transformers'),
  onnxRuntimeNodeVersion: version('onnxruntime-node'),
  threads,
  runs,
  minCosineVersusReference: minCosine,
  measurements: batches.map((batch) => ({
    method: 'transformers.js',
    batchSize: batch,
    seconds: seconds[batch],
    sentencesPerSecond: ids.length / median(seconds[batch]),
    paddingEfficiency: padding(batch),
  })),
}, null, 2));
await model.dispose();
rmSync(root, { recursive: true, force: true });
