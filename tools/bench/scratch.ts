import { buildRegister } from './register';
for (const y of [1, 10]) {
  const t = Date.now();
  const g = buildRegister(y);
  console.log(y, g.buildMs, JSON.stringify(g.rows), g.ids, process.memoryUsage().heapUsed / 1e6 | 0, 'MB');
}
