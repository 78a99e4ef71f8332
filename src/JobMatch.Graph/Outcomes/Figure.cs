namespace JobMatch.Graph.Outcomes;

/// <summary>
/// One number the outcomes publish, as the calculator counted it (never shown as it is) and whether disclosure
/// control withholds it. <see cref="Citizens"/> is the population the figure covers; <see cref="Count"/> the
/// citizens it counts (for a share) or those who contribute to it (for a mean); <see cref="Sum"/> what a mean
/// adds up.
/// </summary>
public sealed class Figure(FigureKind kind, int citizens, int count, decimal sum = 0)
{
    public FigureKind Kind { get; } = kind;

    public int Citizens { get; } = citizens;

    public int Count { get; } = count;

    public decimal Sum { get; } = sum;

    /// <summary>Set by <see cref="Disclosure"/> only.</summary>
    public bool Withheld { get; internal set; }

    /// <summary>Whether <see cref="Disclosure"/> has judged the figure; an unjudged figure is never published.</summary>
    public bool Judged { get; internal set; }

    /// <summary>The size disclosure control judges: the citizens counted, or those contributing to a mean.</summary>
    public int CellSize => Kind == FigureKind.Population ? Citizens : Count;

    public static Figure Population(int citizens) => new(FigureKind.Population, citizens, citizens);

    public static Figure Share(int count, int of) => new(FigureKind.Share, of, count);

    public static Figure Mean(decimal sum, int contributors, int of) => new(FigureKind.Mean, of, contributors, sum);
}

public enum FigureKind
{
    /// <summary>How many citizens a group holds.</summary>
    Population,
    /// <summary>How many of a group have a property, and their share.</summary>
    Share,
    /// <summary>An average over a group (hours per week).</summary>
    Mean,
}
