import { render } from 'preact';
import '../../components/theme.css';
import '../../components/jobs.css';
import '../../components/form.css';
import './options.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
