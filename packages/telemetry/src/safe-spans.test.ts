import { SpanStatusCode } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { maskSqlLiterals, SafeSpanExporter } from './safe-spans';

describe('what a span may carry out of the process', () => {
  const memory = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(new SafeSpanExporter(memory))] });
  const tracer = provider.getTracer('test');

  afterEach(() => memory.reset());

  it('keeps the allowed attributes, drops the rest, cuts query strings and masks SQL literals', () => {
    const span = tracer.startSpan('POST');
    span.setAttributes({
      'http.request.method': 'GET',
      'url.full': 'http://127.0.0.1:4000/graphql?query=%7Bclients%7D&variables=%7B%22search%22%3A%22Rizky%22%7D',
      'http.target': '/graphql?variables=%7B%22nik%22%3A%221571010101010001%22%7D',
      'http.request.header.authorization': 'Bearer secret',
      'db.query.text': "select * from client where full_name ilike '%Rizky Ananda%' and nik = '1571010101010001'",
      'graphql.variables.search': 'Rizky',
      'hub.correlation_id': 'abc-12345678',
    });
    span.recordException(new Error('Variable "$search" got invalid value "Rizky Ananda"'));
    span.setStatus({ code: SpanStatusCode.ERROR, message: 'Variable "$search" got invalid value "Rizky Ananda"' });
    span.end();
    const [out] = memory.getFinishedSpans();
    expect(out!.attributes).toEqual({
      'http.request.method': 'GET',
      'url.full': 'http://127.0.0.1:4000/graphql',
      'http.target': '/graphql',
      'db.query.text': "select * from client where full_name ilike '?' and nik = '?'",
      'hub.correlation_id': 'abc-12345678',
    });
    expect(out!.events).toEqual([expect.objectContaining({ name: 'exception', attributes: { 'exception.type': 'Error' } })]);
    expect(out!.status).toEqual({ code: SpanStatusCode.ERROR });
    expect(JSON.stringify(out!.attributes) + JSON.stringify(out!.events)).not.toMatch(/Rizky|1571010101010001|Bearer/);
    // The span keeps its identity: it still belongs to its trace.
    expect(out!.spanContext().traceId).toBe(span.spanContext().traceId);
  });

  it('masks doubled quotes inside a literal too', () => {
    expect(maskSqlLiterals("where name = 'O''Brien' and x = 'a'")).toBe("where name = '?' and x = '?'");
  });
});
