namespace AliaBatch.ModelBuilder.Tests.Reference;

/// <summary>Plain row-major float math used by the reference forward passes (double accumulation).</summary>
internal static class Tensor
{
    /// <summary>[rows, in] x [in, out] (+ bias) → [rows, out].</summary>
    public static float[] Linear(float[] x, int rows, int inFeatures, float[] weight, int outFeatures, float[]? bias = null)
    {
        var y = new float[rows * outFeatures];
        for (var r = 0; r < rows; r++)
        {
            for (var o = 0; o < outFeatures; o++)
            {
                double sum = bias?[o] ?? 0f;
                for (var i = 0; i < inFeatures; i++)
                {
                    sum += x[(r * inFeatures) + i] * weight[(i * outFeatures) + o];
                }

                y[(r * outFeatures) + o] = (float)sum;
            }
        }

        return y;
    }

    public static float[] LayerNorm(float[] x, int rows, int width, float[] scale, float[] shift, float epsilon)
    {
        var y = new float[x.Length];
        for (var r = 0; r < rows; r++)
        {
            var row = x.AsSpan(r * width, width);
            double mean = 0, variance = 0;
            foreach (var v in row)
            {
                mean += v;
            }

            mean /= width;
            foreach (var v in row)
            {
                variance += (v - mean) * (v - mean);
            }

            variance /= width;
            var inv = 1.0 / Math.Sqrt(variance + epsilon);
            for (var i = 0; i < width; i++)
            {
                y[(r * width) + i] = (float)(((row[i] - mean) * inv * scale[i]) + shift[i]);
            }
        }

        return y;
    }

    public static float[] RmsNorm(float[] x, int rows, int width, float[] scale, float epsilon)
    {
        var y = new float[x.Length];
        for (var r = 0; r < rows; r++)
        {
            var row = x.AsSpan(r * width, width);
            double meanSquare = 0;
            foreach (var v in row)
            {
                meanSquare += v * v;
            }

            var inv = 1.0 / Math.Sqrt((meanSquare / width) + epsilon);
            for (var i = 0; i < width; i++)
            {
                y[(r * width) + i] = (float)(row[i] * inv * scale[i]);
            }
        }

        return y;
    }

    public static float[] Add(float[] a, float[] b) => a.Select((v, i) => v + b[i]).ToArray();

    public static float[] Map(float[] x, Func<double, double> f) => x.Select(v => (float)f(v)).ToArray();

    /// <summary>Softmax of scores where disallowed entries are excluded; an all-disallowed row is uniform.</summary>
    public static double[] MaskedSoftmax(double[] scores, bool[] allowed)
    {
        var masked = scores.Select((s, i) => allowed[i] ? s : float.MinValue).ToArray();
        var max = masked.Max();
        var exp = masked.Select(s => Math.Exp(s - max)).ToArray();
        var sum = exp.Sum();
        return exp.Select(e => e / sum).ToArray();
    }

    public static double Erf(double x) => x < 0 ? -ErfPositive(-x) : ErfPositive(x);

    private static double ErfPositive(double x)
    {
        if (x >= 3)
        {
            // Asymptotic erfc expansion; its error at x = 3 is far below the parity tolerance.
            var x2 = x * x;
            return 1 - (Math.Exp(-x2) / (x * Math.Sqrt(Math.PI)) * (1 - (1 / (2 * x2)) + (3 / (4 * x2 * x2))));
        }

        double sum = x, term = x;
        for (var n = 1; n < 200; n++)
        {
            term *= -x * x / n;
            var add = term / ((2 * n) + 1);
            sum += add;
            if (Math.Abs(add) < 1e-17)
            {
                break;
            }
        }

        return 2 / Math.Sqrt(Math.PI) * sum;
    }
}
