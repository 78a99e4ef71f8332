namespace JobMatch.Data.Seeding;

/// <summary>Name lists for synthetic people: common Danish names plus names common among Copenhageners of other origins.</summary>
internal static class SeedNames
{
    public static readonly string[] Female =
    [
        "Anne", "Kirsten", "Mette", "Hanne", "Helle", "Susanne", "Lene", "Maria", "Marianne", "Lone",
        "Camilla", "Pia", "Louise", "Charlotte", "Tina", "Gitte", "Bente", "Julie", "Karen", "Sofie",
        "Emma", "Ida", "Freja", "Clara", "Laura", "Anna", "Alma", "Ella", "Maja", "Josefine",
        "Cecilie", "Mathilde", "Katrine", "Signe", "Line", "Rikke", "Trine", "Sara", "Nanna", "Amalie",
        "Fatima", "Aisha", "Yasmin", "Zainab", "Leyla", "Maryam", "Hiba", "Agnieszka", "Elif", "Noor",
    ];

    public static readonly string[] Male =
    [
        "Peter", "Jens", "Lars", "Michael", "Henrik", "Thomas", "Søren", "Jan", "Niels", "Morten",
        "Anders", "Jesper", "Martin", "Rasmus", "Christian", "Kim", "Mads", "Mikkel", "Frederik", "Jonas",
        "William", "Noah", "Oscar", "Lucas", "Carl", "Emil", "Victor", "Magnus", "Alfred", "Oliver",
        "Kasper", "Simon", "Tobias", "Nikolaj", "Bo", "Torben", "Ole", "Poul", "Kenneth", "Brian",
        "Mohammed", "Ahmed", "Ali", "Omar", "Hussein", "Mustafa", "Yusuf", "Tariq", "Piotr", "Emre",
    ];

    public static readonly string[] Last =
    [
        "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen",
        "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen",
        "Knudsen", "Jakobsen", "Mikkelsen", "Olesen", "Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt", "Holm",
        "Eriksen", "Kristiansen", "Nørgaard", "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen", "Jeppesen", "Mogensen",
        "Vestergaard", "Lauridsen", "Bach", "Dam", "Kjær", "Skov", "Bruun", "Friis", "Holst", "Lindberg",
        "Hussain", "Ali", "Ahmad", "Khan", "Yilmaz", "Demir", "Hassan", "Mohamed", "Nowak", "Kowalski",
    ];
}
