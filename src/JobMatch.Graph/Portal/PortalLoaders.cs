using GraphQL;
using GraphQL.DataLoader;
using JobMatch.Data;
using JobMatch.Data.Registry;
using JobMatch.Graph.Batching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobMatch.Graph.Portal;

/// <summary>Reads of the directory from the Registry: whole lists for the catalogue queries, and batched per agency on a level.</summary>
public static class PortalLoaders
{
    /// <summary>Every offer. The catalogue is tens of rows, so it is read whole and filtered the Danish way in memory.</summary>
    public static IDataLoaderResult<IReadOnlyList<Offer>> AllOffers(this IResolveFieldContext context) =>
        context.Loaders().GetOrAdd<bool, IReadOnlyList<Offer>>(Source.Registry, "registry.offers", async (sp, _, ct) =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync(ct);
            return new Dictionary<bool, IReadOnlyList<Offer>> { [true] = await db.Offers.AsNoTracking().OrderBy(o => o.Code).ToListAsync(ct) };
        }, []).Load(true);

    /// <summary>Every shared procedure with its steps.</summary>
    public static IDataLoaderResult<IReadOnlyList<Procedure>> AllProcedures(this IResolveFieldContext context) =>
        context.Loaders().GetOrAdd<bool, IReadOnlyList<Procedure>>(Source.Registry, "registry.procedures", async (sp, _, ct) =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync(ct);
            var rows = await db.Procedures.AsNoTracking().Include(p => p.Steps.OrderBy(s => s.Order)).OrderBy(p => p.Code).ToListAsync(ct);
            return new Dictionary<bool, IReadOnlyList<Procedure>> { [true] = rows };
        }, []).Load(true);

    /// <summary>Every standing contact between units, with the department of the unit on each side.</summary>
    public static IDataLoaderResult<IReadOnlyList<UnitContactRow>> AllUnitContacts(this IResolveFieldContext context) =>
        context.Loaders().GetOrAdd<bool, IReadOnlyList<UnitContactRow>>(Source.Registry, "registry.unitContacts", async (sp, _, ct) =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync(ct);
            var rows = await db.UnitContacts.AsNoTracking().OrderBy(c => c.Id)
                .Select(c => new UnitContactRow(c,
                    db.Agencies.Where(a => a.Code == c.UnitCode).Select(a => a.DepartmentCode).FirstOrDefault(),
                    db.Agencies.Where(a => a.Code == c.CounterpartUnitCode).Select(a => a.DepartmentCode).FirstOrDefault()))
                .ToListAsync(ct);
            return new Dictionary<bool, IReadOnlyList<UnitContactRow>> { [true] = rows };
        }, []).Load(true);

    /// <summary>The offers an agency provides, or for a department every offer of its own: one statement for every agency on the level.</summary>
    public static IDataLoaderResult<IReadOnlyList<Offer>> OffersOf(this IResolveFieldContext context, string agencyCode) =>
        context.Loaders().GetOrAdd<string, IReadOnlyList<Offer>>(Source.Registry, "registry.offersOf", async (sp, codes, ct) =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync(ct);
            var rows = await db.Offers.AsNoTracking().Where(o => codes.Contains(o.ProviderCode) || codes.Contains(o.DepartmentCode)).OrderBy(o => o.Name).ToListAsync(ct);
            return codes.ToDictionary(code => code, code => (IReadOnlyList<Offer>)rows.Where(o => o.ProviderCode == code || o.DepartmentCode == code).ToList());
        }, []).Load(agencyCode);

    /// <summary>The standing contacts a unit takes part in, seen from its side: one statement for every agency on the level.</summary>
    public static IDataLoaderResult<IReadOnlyList<UnitContactView>> UnitContactsOf(this IResolveFieldContext context, string agencyCode) =>
        context.Loaders().GetOrAdd<string, IReadOnlyList<UnitContactView>>(Source.Registry, "registry.unitContactsOf", async (sp, codes, ct) =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<RegistryContext>>().CreateDbContextAsync(ct);
            var rows = await db.UnitContacts.AsNoTracking().Where(c => codes.Contains(c.UnitCode) || codes.Contains(c.CounterpartUnitCode)).OrderBy(c => c.Id).ToListAsync(ct);
            return codes.ToDictionary(code => code, code => (IReadOnlyList<UnitContactView>)rows
                .Where(c => c.UnitCode == code || c.CounterpartUnitCode == code)
                .Select(c => new UnitContactView(c, Reversed: c.UnitCode != code)).ToList());
        }, []).Load(agencyCode);
}

/// <summary>A standing contact with the departments of its two units.</summary>
public sealed record UnitContactRow(UnitContact Contact, string? UnitDepartment, string? CounterpartDepartment);
