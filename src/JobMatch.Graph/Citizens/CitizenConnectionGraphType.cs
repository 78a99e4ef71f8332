using JobMatch.Data.Registry;
using JobMatch.Graph.Schema;

namespace JobMatch.Graph.Citizens;

/// <summary>A page of citizens.</summary>
public sealed class CitizenConnectionGraphType : PageGraphType<CitizenGraphType, Citizen>
{
    public CitizenConnectionGraphType()
    {
        Name = "CitizenConnection";
    }
}
