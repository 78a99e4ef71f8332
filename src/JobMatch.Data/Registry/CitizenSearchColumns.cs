using Microsoft.EntityFrameworkCore;

namespace JobMatch.Data.Registry;

/// <summary>
/// Fills the folded search columns of citizens written before the columns existed (the migration adds them empty:
/// the Danish fold is not something every provider's SQL can do). A no-op once every row has them.
/// </summary>
public static class CitizenSearchColumns
{
    private const int Batch = 5000;

    public static async Task FillAsync(RegistryContext db, CancellationToken cancellationToken)
    {
        while (true)
        {
            var rows = await db.Citizens.Where(c => c.SearchLastName == "" || c.SearchName == "").OrderBy(c => c.Id).Take(Batch).ToListAsync(cancellationToken);
            if (rows.Count == 0)
                return;
            foreach (var citizen in rows)
            {
                // The getters already give the folded values, so the change tracker must be told they differ from the row.
                var entry = db.Entry(citizen);
                entry.Property(c => c.SearchFirstName).IsModified = true;
                entry.Property(c => c.SearchLastName).IsModified = true;
                entry.Property(c => c.SearchDistrict).IsModified = true;
                entry.Property(c => c.SearchName).IsModified = true;
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
