/// Word lists for generated scenarios: people, teams and pipelines that read like a real team's.
enum GeneratedNames {
    static let firstNames = [
        "Aaliyah", "Aaron", "Abdul", "Ada", "Adrian", "Aiko", "Aisha", "Alejandro", "Alice", "Amara",
        "Amir", "Ana", "Andrei", "Anika", "Arjun", "Astrid", "Ayesha", "Beatriz", "Ben", "Bianca",
        "Bob", "Camila", "Carlos", "Charlie", "Chen", "Chiara", "Chloe", "Dan", "Daniela", "David",
        "Deepa", "Diego", "Dmitri", "Elena", "Eli", "Emeka", "Emily", "Erik", "Esther", "Fatima",
        "Felix", "Fiona", "Gabriel", "Grace", "Hana", "Hannah", "Hassan", "Hiro", "Ines", "Ingrid",
        "Isaac", "Ivan", "Jamal", "James", "Jana", "Javier", "Jin", "Joao", "Jonas", "Julia",
        "Kai", "Karim", "Katarzyna", "Kenji", "Kofi", "Lars", "Laura", "Leila", "Leo", "Lucia",
        "Luis", "Maya", "Mateo", "Mei", "Mia", "Miguel", "Mohammed", "Nadia", "Naomi", "Nikhil",
        "Nina", "Noah", "Olga", "Omar", "Oscar", "Pablo", "Priya", "Rafael", "Ravi", "Rosa",
        "Sam", "Samira", "Santiago", "Sara", "Sean", "Sofia", "Sunil", "Tariq", "Tomas", "Wei",
    ]

    static let lastNames = [
        "Abara", "Adeyemi", "Alvarez", "Andersen", "Bauer", "Becker", "Bianchi", "Brown", "Castro", "Chen",
        "Cohen", "Costa", "Dubois", "Eriksson", "Fernandes", "Fischer", "Garcia", "Gonzalez", "Gupta", "Haddad",
        "Hansen", "Hoffmann", "Horvat", "Ivanova", "Jensen", "Johansson", "Kaur", "Khan", "Kim", "Kowalski",
        "Kumar", "Larsen", "Lee", "Lopez", "Mendes", "Moreau", "Moreno", "Muller", "Murphy", "Nakamura",
        "Nguyen", "Novak", "Okafor", "Olsen", "Park", "Patel", "Pereira", "Petrov", "Popescu", "Quinn",
        "Ramos", "Rao", "Reyes", "Rossi", "Sato", "Schmidt", "Silva", "Singh", "Smith", "Suzuki",
        "Tanaka", "Torres", "Varga", "Wagner", "Walsh", "Wang", "Weber", "Wilson", "Yamamoto", "Zhang",
    ]

    static let teams = [
        "Data Engineering", "Data Platform", "Analytics Engineering", "Data Infrastructure",
        "Revenue Data", "Growth Analytics", "Reporting", "Metrics Platform",
    ]

    /// What a pipeline computes.
    static let subjects = [
        "Profit", "Growth", "Engagement", "Revenue", "Churn", "Retention", "Billing", "Inventory",
        "Signups", "Conversion", "Payments", "Refunds", "Subscriptions", "Ad Spend", "Attribution",
        "Sessions", "Orders", "Shipping", "Support Tickets", "Fraud Signals", "Pricing", "Forecast",
        "Cohorts", "Lifetime Value", "Marketing Funnel", "Search Quality", "Recommendations", "Usage",
    ]

    /// How it is cut: the seed's "Aggregate Profit", "Daily Growth (Experiments)", …
    static let qualifiers = [
        "", "Aggregate", "Daily", "Hourly", "Weekly", "Monthly", "Unit-level", "Regional", "Partner",
        "Quarterly", "Realtime", "Cohort-level",
    ]

    static let suffixes = ["", "", "", " (Experiments)", " Backfill", " Export"]
}
