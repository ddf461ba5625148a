// The baseline: node:http + pg answering with the same lesson row the GraphQL query returns, nothing else.
import { createServer } from 'node:http';
import pg from 'pg';

export async function startBareServer(databaseUrl) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', async () => {
      try {
        const { variables } = JSON.parse(raw);
        const { rows } = await pool.query(
          'SELECT id, title, title_en AS "titleEn", body, objectives, "references" FROM lesson WHERE id = $1',
          [variables.id],
        );
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { lesson: rows[0] ?? null } }));
      } catch (error) {
        res.writeHead(500).end(String(error));
      }
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}
