import { render } from 'preact';
import '../../components/theme.css';
import '../../components/jobs.css';
import '../../components/charts/charts.css';
import './dashboard.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
