using System.Globalization;
using System.Reflection;

namespace Prasa.Text;

/// <summary>
/// The trained line model: two logistic regressions, the second reading the first's scores of the
/// neighbouring lines. Weights live in Lexicons/text-model.txt, written by tools/TextTrainer from line
/// labels; the file says which data it was trained on.
/// </summary>
public sealed class TextModel
{
    public TextModel(double[] stage1, double[] stage2, double threshold, double[]? title = null)
    {
        if (title is not null && title.Length != TitleFeatures.Count)
        {
            throw new ArgumentException($"title model has {title.Length} weights, features are {TitleFeatures.Count}");
        }

        TitleWeights = title;
        if (stage1.Length != LineFeatures.Stage1Count || stage2.Length != LineFeatures.Stage2Count)
        {
            throw new ArgumentException($"model has {stage1.Length}/{stage2.Length} weights, features are {LineFeatures.Stage1Count}/{LineFeatures.Stage2Count}");
        }

        Stage1Weights = stage1;
        Stage2Weights = stage2;
        Threshold = threshold;
    }

    /// <summary>The shipped model, or the one named by PRASA_TEXT_MODEL (for cross-validation runs).</summary>
    public static TextModel Default { get; } = LoadDefault();

    public double[] Stage1Weights { get; }

    public double[] Stage2Weights { get; }

    public double Threshold { get; }

    /// <summary>Weights of the headline chooser; null before it is trained (the nearest candidate wins).</summary>
    public double[]? TitleWeights { get; }

    /// <summary>The probability that each line is main text.</summary>
    public double[] Score(TextPage page)
    {
        var n = page.Count;
        var s1 = new double[n];
        Span<double> f = stackalloc double[Math.Max(LineFeatures.Stage1Count, LineFeatures.Stage2Count)];
        for (var i = 0; i < n; i++)
        {
            LineFeatures.Stage1(page, i, f);
            s1[i] = Sigmoid(Dot(Stage1Weights, f));
        }

        var s2 = new double[n];
        for (var i = 0; i < n; i++)
        {
            LineFeatures.Stage2(page, s1, i, f);
            s2[i] = Sigmoid(Dot(Stage2Weights, f));
        }

        return s2;
    }

    public static double Sigmoid(double x) => 1 / (1 + Math.Exp(-Math.Clamp(x, -30, 30)));

    public static double Dot(ReadOnlySpan<double> w, ReadOnlySpan<double> f)
    {
        // Cut to the weights' length (throws where f is shorter, as the loop did): the loop then reads both without bounds checks.
        f = f[..w.Length];
        var sum = 0.0;
        for (var i = 0; i < w.Length; i++)
        {
            sum += w[i] * f[i];
        }

        return sum;
    }

    public static TextModel Parse(TextReader reader)
    {
        double[]? s1 = null, s2 = null, title = null;
        var threshold = 0.5;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            var values = parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            switch (parts[0])
            {
                case "stage1":
                    s1 = values;
                    break;
                case "stage2":
                    s2 = values;
                    break;
                case "title":
                    title = values;
                    break;
                case "threshold":
                    threshold = values[0];
                    break;
            }
        }

        return new TextModel(s1 ?? throw new FormatException("no stage1 weights"), s2 ?? throw new FormatException("no stage2 weights"), threshold, title);
    }

    public void Write(TextWriter writer, string comment)
    {
        foreach (var line in comment.Split('\n'))
        {
            writer.WriteLine("# " + line);
        }

        writer.WriteLine("stage1\t" + string.Join(' ', Stage1Weights.Select(w => w.ToString("R", CultureInfo.InvariantCulture))));
        writer.WriteLine("stage2\t" + string.Join(' ', Stage2Weights.Select(w => w.ToString("R", CultureInfo.InvariantCulture))));
        writer.WriteLine("threshold\t" + Threshold.ToString("R", CultureInfo.InvariantCulture));
        if (TitleWeights is not null)
        {
            writer.WriteLine("title\t" + string.Join(' ', TitleWeights.Select(w => w.ToString("R", CultureInfo.InvariantCulture))));
        }
    }

    private static TextModel LoadDefault()
    {
        var path = Environment.GetEnvironmentVariable("PRASA_TEXT_MODEL");
        if (!string.IsNullOrEmpty(path))
        {
            using var file = new StreamReader(path);
            return Parse(file);
        }

        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Prasa.Lexicons.text-model.txt");
        if (stream is null)
        {
            return Untrained();
        }

        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Before any training: stage one trusts prose and the main run, stage two passes it on.</summary>
    public static TextModel Untrained()
    {
        var s1 = new double[LineFeatures.Stage1Count];
        s1[0] = -2;
        s1[21] = 3; // prose
        s1[22] = 2; // in the main run
        s1[15] = -4; // phrase lexicon
        s1[19] = -4; // repeat
        var s2 = new double[LineFeatures.Stage2Count];
        s2[0] = -3;
        s2[1] = 6;
        return new TextModel(s1, s2, 0.5);
    }
}
