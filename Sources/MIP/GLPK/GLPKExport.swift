import CGLPK

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a GLPK problem as text through GLPK's own writers, via a temporary file.
enum GLPKExport {
    static func write(_ problem: GLPKProblem, format: ModelFormat) throws(SolverError) -> String {
        guard let pointer = problem.pointer else { throw .exportFailed("the GLPK problem is gone") }
        var template = Array("/tmp/rota-model-XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw .exportFailed("cannot create a temporary file") }
        close(descriptor)
        let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(path) }
        let code: Int32
        switch format {
        case .lp: code = try glpkGuarded("glp_write_lp") { glp_write_lp(pointer, nil, path) }
        case .mps: code = try glpkGuarded("glp_write_mps") { glp_write_mps(pointer, GLP_MPS_FILE, nil, path) }
        }
        guard code == 0 else { throw .exportFailed("GLPK could not write the \(format.rawValue) file") }
        guard let file = fopen(path, "r") else { throw .exportFailed("cannot read back \(path)") }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
