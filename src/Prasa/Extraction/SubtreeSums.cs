using Prasa.Blocks;

namespace Prasa.Extraction;

/// <summary>
/// Sums a per-block value over every element's subtree in one backward pass: elements are listed in
/// document order, so each child comes after its parent.
/// </summary>
public static class SubtreeSums
{
    public static double[] Of(BlockDocument doc, Func<int, double> blockValue)
    {
        var sum = new double[doc.Elements.Count];
        for (var i = 0; i < doc.Blocks.Count; i++)
        {
            var e = doc.Blocks[i].Element;
            if (e >= 0)
            {
                sum[e] += blockValue(i);
            }
        }

        return AddUp(doc, sum);
    }

    public static int[] Of(BlockDocument doc, Func<Block, int> blockValue)
    {
        var sum = new int[doc.Elements.Count];
        foreach (var b in doc.Blocks)
        {
            if (b.Element >= 0)
            {
                sum[b.Element] += blockValue(b);
            }
        }

        return AddUp(doc, sum);
    }

    /// <summary>Sums a per-element value over every element's subtree (the element itself included).</summary>
    public static int[] OfElements(BlockDocument doc, Func<int, int> elementValue)
    {
        var sum = new int[doc.Elements.Count];
        for (var e = 0; e < sum.Length; e++)
        {
            sum[e] = elementValue(e);
        }

        return AddUp(doc, sum);
    }

    /// <summary>Adds each element's sum into its parent's, children before parents: per-element values become subtree sums.</summary>
    private static T[] AddUp<T>(BlockDocument doc, T[] sum)
        where T : System.Numerics.INumber<T>
    {
        for (var e = doc.Elements.Count - 1; e > 0; e--)
        {
            var parent = doc.Elements[e].Parent;
            if (parent >= 0)
            {
                sum[parent] += sum[e];
            }
        }

        return sum;
    }
}
