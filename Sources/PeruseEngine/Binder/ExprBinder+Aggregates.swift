import PeruseStorage
import PeruseSyntax

extension ExprBinder {
    /// The arguments after the first: string_agg's separator and quantile_cont's fraction
    /// (constants), corr's second value.
    func bindAggregateExtras(_ call: inout AggregateCall, _ args: [Expr], name: Identifier) throws(Diagnostic) {
        let fn = name.name.lowercased()
        switch call.kind {
        case .stringAgg:
            guard args.count > 1 else {
                call.parameter = .varchar(",")
                return
            }
            let separator = try TypeRules.cast(try rowBinder.bind(args[1]), to: .varchar)
            guard let value = separator.constantValue else {
                throw .error("bind.aggregate-argument", "\(fn)() needs a constant separator", at: args[1].range)
            }
            call.parameter = value
        case .quantileCont:
            let q = try TypeRules.cast(try rowBinder.bind(args[1]), to: .double)
            guard case .double(let fraction) = q.constantValue, fraction >= 0, fraction <= 1 else {
                throw .error(
                    "bind.aggregate-argument", "\(fn)() needs a constant fraction between 0 and 1", at: args[1].range)
            }
            call.parameter = .double(fraction)
        case .corr:
            let x = try rowBinder.bind(args[1])
            guard x.type.isNumeric || x.type == .null else {
                throw .error("bind.aggregate-type", "\(fn)() cannot take a \(x.type) argument", at: args[1].range)
            }
            call.second = try TypeRules.cast(x, to: .double)
            if let first = call.argument { call.argument = try TypeRules.cast(first, to: .double) }
        default:
            break
        }
    }
}
