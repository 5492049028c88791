namespace Prasa.Tools.TextTrainer;

/// <summary>Weighted logistic regression fitted by full-batch Adam with a little L2.</summary>
internal static class Logistic
{
    public static double[] Train(List<double[]> x, List<int> y, List<double> weight, int epochs = 600, double rate = 0.05, double l2 = 1e-4)
    {
        var d = x[0].Length;
        var w = new double[d];
        var m = new double[d];
        var v = new double[d];
        var g = new double[d];
        var total = weight.Sum();
        for (var e = 1; e <= epochs; e++)
        {
            Array.Clear(g);
            for (var i = 0; i < x.Count; i++)
            {
                var p = Prasa.Text.TextModel.Sigmoid(Prasa.Text.TextModel.Dot(w, x[i]));
                var err = (p - y[i]) * weight[i] / total;
                var f = x[i];
                for (var k = 0; k < d; k++)
                {
                    g[k] += err * f[k];
                }
            }

            for (var k = 0; k < d; k++)
            {
                var grad = g[k] + (k == 0 ? 0 : l2 * w[k]);
                m[k] = (0.9 * m[k]) + (0.1 * grad);
                v[k] = (0.999 * v[k]) + (0.001 * grad * grad);
                var mh = m[k] / (1 - Math.Pow(0.9, e));
                var vh = v[k] / (1 - Math.Pow(0.999, e));
                w[k] -= rate * mh / (Math.Sqrt(vh) + 1e-8);
            }
        }

        return w;
    }
}
