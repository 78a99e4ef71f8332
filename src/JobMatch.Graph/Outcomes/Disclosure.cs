namespace JobMatch.Graph.Outcomes;

/// <summary>
/// The one step every outcome figure passes before an analyst sees it. The figures are already cut to a fixed
/// monthly snapshot (a record dated on or after the first of the month counts from next month's snapshot on),
/// so two answers in the same month are the same answer. Then, as Danish register statistics publish:
/// <list type="number">
/// <item>primary suppression: a figure covering fewer than <see cref="MinimumCell"/> citizens, or counting or averaging
/// over fewer than that, is withheld (a count of 0 to 4 is never shown);</item>
/// <item>secondary suppression: where one cell of a breakdown is withheld, the smallest other cell of that figure is
/// withheld too, so the total minus the shown cells is never one withheld cell; a group's size withheld withholds
/// everything about that group in the cell;</item>
/// <item>rounding: a count is published rounded to the nearest multiple of <see cref="RoundingBase"/>, and a share is
/// computed from the rounded counts, so no subtraction of published numbers gives an exact count.</item>
/// </list>
/// A cell is not withheld because it is 100 %: a share of everyone is published like any other.
/// </summary>
public static class Disclosure
{
    public const int MinimumCell = 5;
    public const int RoundingBase = 5;

    public static OutcomeTable Apply(OutcomeTable table)
    {
        foreach (var figure in table.Figures)
        {
            figure.Withheld = figure.Citizens < MinimumCell || figure.CellSize < MinimumCell;
            figure.Judged = true;
        }
        var cells = table.Breakdowns.Values.SelectMany(c => c).Prepend(table.Total).ToList();
        foreach (var cell in cells)
            Cascade(cell);
        foreach (var breakdown in table.Breakdowns.Values)
        {
            foreach (var side in new Func<OutcomeCell, OutcomeGroup?>[] { c => c.Participants, c => c.Comparison })
            {
                var groups = breakdown.Select(side).OfType<OutcomeGroup>().ToList();
                Complement(groups.Select(g => g.Citizens));
                foreach (var cell in breakdown)
                    Cascade(cell);
                for (var i = 0; i < table.Months.Count; i++)
                {
                    var moments = groups.Select(g => g.Moments[i]).ToList();
                    Complement(moments.Select(m => m.Citizens));
                    foreach (var cell in breakdown)
                        Cascade(cell);
                    Complement(moments.Select(m => m.Employed));
                    Complement(moments.Select(m => m.HoursPerWeek));
                    foreach (var kind in Enum.GetValues<SupportKind>())
                        Complement(moments.Select(m => m.Support[kind]));
                }
            }
        }
        return table;
    }

    /// <summary>The figure as an analyst may see it: rounded, or null where withheld.</summary>
    public static Published Publish(Figure figure)
    {
        if (!figure.Judged)
            throw new InvalidOperationException("An outcome figure reached the response without passing disclosure control.");
        if (figure.Withheld)
            return Published.Withheld;
        var citizens = Round(figure.Citizens);
        return figure.Kind switch
        {
            FigureKind.Population => new Published(citizens, citizens, null, null),
            FigureKind.Share => new Published(citizens, Round(figure.Count), (int)Math.Round(100.0 * Round(figure.Count) / citizens, MidpointRounding.AwayFromZero), null),
            _ => new Published(citizens, null, null, Math.Round((double)(figure.Sum / figure.Citizens), 1, MidpointRounding.AwayFromZero)),
        };
    }

    public static int Round(int count) => (int)Math.Round(count / (double)RoundingBase, MidpointRounding.AwayFromZero) * RoundingBase;

    /// <summary>Where a breakdown withholds exactly one cell of a figure, the total would give it away: withhold the next smallest.</summary>
    private static void Complement(IEnumerable<Figure> slot)
    {
        var figures = slot.ToList();
        if (figures.Count(f => f.Withheld) != 1)
            return;
        if (figures.Where(f => !f.Withheld).OrderBy(f => f.CellSize).ThenBy(f => f.Citizens).FirstOrDefault() is { } next)
            next.Withheld = true;
    }

    /// <summary>A group whose size is withheld shows nothing; a moment whose population is withheld shows nothing of it.</summary>
    private static void Cascade(OutcomeCell cell)
    {
        foreach (var group in new[] { cell.Participants, cell.Comparison }.OfType<OutcomeGroup>())
        {
            var whole = group.Citizens.Withheld;
            foreach (var moment in group.Moments)
            {
                if (whole)
                    moment.Citizens.Withheld = true;
                if (moment.Citizens.Withheld)
                {
                    foreach (var figure in moment.Figures)
                        figure.Withheld = true;
                }
            }
        }
    }
}

/// <summary>A figure as published: the citizens it covers and its count (rounded), its share in whole per cent, or its mean; all null where withheld.</summary>
public sealed record Published(int? Citizens, int? Count, int? Percent, double? Mean)
{
    public static readonly Published Withheld = new(null, null, null, null);
}
