using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace JobMatch.Graph.Http;

/// <summary>The schema printed as SDL once: the contract in <c>schema/schema.graphql</c>.</summary>
public sealed class SchemaDocument(ISchema schema, Federation.SubgraphMount mount)
{
    private readonly Lazy<string> text = new(() => mount.IsSingleHost ? Print(schema) : Federation.SubgraphMount.Print(schema));

    public string Text => text.Value;

    public static string Print(ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
}
