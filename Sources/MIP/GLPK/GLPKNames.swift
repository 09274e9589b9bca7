/// Row and column names GLPK's LP and MPS writers keep as they are.
///
/// GLPK's CPLEX LP writer replaces a name it finds invalid with a generic `r_12`/`x_12`;
/// free MPS forbids blanks. Letters, digits and `_ ( ) , . [ ]`-like punctuation survive both;
/// everything else becomes `_`, and names are cut at GLPK's 255-character limit.
enum GLPKNames {
    static func safe(_ name: String) -> String {
        var result = ""
        for scalar in name.unicodeScalars {
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                result.unicodeScalars.append(scalar)
            } else if "_(),.".unicodeScalars.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if scalar == "[" {
                result.append("(")
            } else if scalar == "]" {
                result.append(")")
            } else {
                result.append("_")
            }
        }
        if result.isEmpty || result.first!.isNumber || result.first == "." {
            result = "_" + result
        }
        return String(result.prefix(255))
    }
}
