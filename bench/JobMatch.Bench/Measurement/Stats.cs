namespace JobMatch.Bench.Measurement;

/// <summary>Median and spread of a handful of numbers (the pairs' ratios).</summary>
public readonly record struct Spread(double Median, double Min, double Max, double Q1, double Q3, int Count)
{
    public static Spread Of(IEnumerable<double> values)
    {
        var sorted = values.Where(v => double.IsFinite(v)).Order().ToArray();
        if (sorted.Length == 0)
            return new Spread(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0);
        return new Spread(Quantile(sorted, 0.5), sorted[0], sorted[^1], Quantile(sorted, 0.25), Quantile(sorted, 0.75), sorted.Length);
    }

    /// <summary>Linear interpolation between the closest ranks.</summary>
    public static double Quantile(double[] sorted, double q)
    {
        var position = (sorted.Length - 1) * q;
        var low = (int)Math.Floor(position);
        var high = (int)Math.Ceiling(position);
        return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
    }
}
