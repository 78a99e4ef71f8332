using System.Text;
using GraphQL.Types;

namespace JobMatch.Tests.Fuzz;

/// <summary>
/// Writes random documents from the schema itself: fields, aliases, inline fragments and arguments of the right
/// (or sometimes wrong) kind; and breaks valid documents in random places. Seeded, so a failure can be replayed.
/// </summary>
public sealed class SchemaFuzzer(ISchema schema, Random random, IReadOnlyList<Guid> knownIds)
{
    private static readonly string[] Words = ["KLAPJOB", "BIF", "SOF", "SUF", "BUF", "Nørrebro", "Hansen", "", "'; DROP TABLE Citizens; --", "%", "\\u0000", "0101901234", "sha256:00"];
    private int aliases;

    public string Valid()
    {
        aliases = 0;
        var mutation = schema.Mutation is not null && random.Next(12) == 0;
        return (mutation ? "mutation " : "query ") + "{ " + Selection(mutation ? schema.Mutation! : schema.Query, 0) + " }";
    }

    public string Broken()
    {
        var document = Valid();
        var at = random.Next(document.Length);
        return random.Next(6) switch
        {
            0 => document.Remove(at, 1),
            1 => document.Insert(at, "}"),
            2 => document.Insert(at, " nope "),
            3 => document[..at],
            4 => document.Insert(at, " ... on Nowhere { x } "),
            _ => document.Replace("first: ", "first: \"many\" ", StringComparison.Ordinal),
        };
    }

    /// <summary>A document with a variable and a random (often wrong) value for it.</summary>
    public (string Document, string Variables) WithVariables()
    {
        object?[] junk = [Guid.NewGuid(), 42, -1, true, null, new[] { 1, 2 }, new { id = 1 }, new string('x', 5000), "not-a-guid"];
        // Mostly a real citizen, so the detail the persona may not see is really there to leak.
        var value = random.Next(10) < 7 ? knownIds[random.Next(knownIds.Count)] : junk[random.Next(junk.Length)];
        return ("""
            query F($id: ID!, $n: Int) {
              citizen(id: $id) { name cpr address employmentStatus { employed } employment { goals { id } activities { id } placements { id } }
                enrollments { id } social { goals { id } services { id } } health { episodes { id } } youth { educations { id } transitionPlan { id } }
                combinedPlan { entries { title } } }
              citizens(first: $n) { edges { node { id cpr } } }
            }
            """,
            System.Text.Json.JsonSerializer.Serialize(new { id = value, n = random.Next(4) == 0 ? (object)"ten" : random.Next(-2, 60) }));
    }

    private string Selection(IComplexGraphType type, int depth)
    {
        var fields = type.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
        var text = new StringBuilder();
        var count = depth == 0 ? random.Next(1, 4) : random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            var field = fields[random.Next(fields.Count)];
            if (random.Next(5) == 0 && aliases < 12)
                text.Append("a").Append(aliases++).Append(": ");
            text.Append(field.Name).Append(Arguments(field));
            var named = Named(field.ResolvedType!);
            if (named is IComplexGraphType child)
            {
                if (depth >= 4)
                    text.Append(" { __typename }");
                else if (random.Next(6) == 0 && child is IObjectGraphType)
                    text.Append(" { ... on ").Append(child.Name).Append(" { ").Append(Selection(child, depth + 1)).Append(" } }");
                else
                    text.Append(" { ").Append(Selection(child, depth + 1)).Append(" }");
            }
            text.Append(' ');
        }
        return text.ToString();
    }

    private string Arguments(FieldType field)
    {
        var chosen = field.Arguments?.Where(a => a.ResolvedType is NonNullGraphType || random.Next(2) == 0).ToList() ?? [];
        return chosen.Count == 0 ? "" : "(" + string.Join(", ", chosen.Select(a => a.Name + ": " + Literal(a.ResolvedType!, 0))) + ")";
    }

    private string Literal(IGraphType type, int depth)
    {
        if (type is NonNullGraphType nonNull)
            return Literal(nonNull.ResolvedType!, depth);
        if (type is ListGraphType list)
            return "[" + Literal(list.ResolvedType!, depth) + "]";
        return type switch
        {
            IdGraphType => Quote(random.Next(4) switch { 0 => Guid.NewGuid().ToString(), 1 => "not-a-guid", _ => knownIds[random.Next(knownIds.Count)].ToString() }),
            IntGraphType => random.Next(8) == 0 ? "\"5\"" : random.Next(-3, 130).ToString(System.Globalization.CultureInfo.InvariantCulture),
            FloatGraphType => "1.5",
            BooleanGraphType => random.Next(2) == 0 ? "true" : "false",
            EnumerationGraphType e => e.Values.Select(v => v.Name).ElementAt(random.Next(e.Values.Count)),
            IInputObjectGraphType input when depth < 2 => "{ " + string.Join(", ", input.Fields.Where(f => f.ResolvedType is NonNullGraphType || random.Next(3) == 0)
                .Select(f => f.Name + ": " + Literal(f.ResolvedType!, depth + 1))) + " }",
            _ when type.Name is "Date" => Quote(random.Next(5) == 0 ? "31-02-2026" : "2026-11-01"),
            _ when type.Name is "DateTime" => Quote("2026-11-01T00:00:00Z"),
            _ => Quote(Words[random.Next(Words.Length)]),
        };
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private static IGraphType Named(IGraphType type) => type is IProvideResolvedType wrapper ? Named(wrapper.ResolvedType!) : type;
}
