namespace JobMatch.Data.Seeding;

/// <summary>
/// Every value the seed draws comes from one fixed-seed <see cref="Random"/>, so the same seed number and the
/// same order of calls give the same data on every machine and run.
/// </summary>
internal sealed class SeedRandom(int seed)
{
    private readonly Random random = new(seed);

    public int Next(int maxExclusive) => random.Next(maxExclusive);

    public int Next(int minInclusive, int maxExclusive) => random.Next(minInclusive, maxExclusive);

    public bool Chance(double probability) => random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public T OneOf<T>(params ReadOnlySpan<T> items) => items[random.Next(items.Length)];

    /// <summary>A version-4-shaped GUID from the seeded stream; <see cref="Guid.NewGuid"/> would break determinism.</summary>
    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>A day between two dates, both included.</summary>
    public DateOnly Date(DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));

    public T Weighted<T>(IReadOnlyList<(T Item, int Weight)> items)
    {
        var total = 0;
        foreach (var (_, weight) in items)
            total += weight;
        var roll = random.Next(total);
        foreach (var (item, weight) in items)
        {
            if (roll < weight)
                return item;
            roll -= weight;
        }
        return items[^1].Item;
    }
}
